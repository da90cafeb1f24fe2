"""The text itself (drawE28, session 28), on invented sentences: "X and Y signed an amendment
to the contract to build the plant. The contract itself was signed in May 2024 in the presence
of the two presidents", «Сам контракт … был подписан в мае 2024 года в присутствии …», "Le
contrat lui-même avait été signé en 2024 …". The contract the amendment's sentence named as
its complement binds the amendment's sides, not the states of the presidents who witnessed
its signing (SPEC: an agreement signed with a company has the company as a party).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Атомстройэкспорт и министерство энергетики Киргизии подписали дополнительное "
        "соглашение к контракту на сооружение станции. Сам контракт на строительство АЭС был "
        "подписан в мае 2024 года в Бишкеке в присутствии Владимира Путина и Садыра Жапарова.",
        "Atomstroyexport and the Kyrgyz energy ministry signed an amendment to the contract to "
        "build the plant. The contract itself was signed in May 2024 in Bishkek in the presence "
        "of Vladimir Putin and Sadyr Japarov.",
        "Atomstroyexport et le ministère kirghiz de l'Énergie ont signé un avenant au contrat "
        "de construction de la centrale. Le contrat lui-même avait été signé en mai 2024 à "
        "Bichkek en présence de Vladimir Poutine et de Sadyr Japarov.",
    ],
)
def test_the_contract_itself_binds_the_amendments_sides(text: str) -> None:
    found = read(text).agreements
    assert [set(a.parties) for a in found] == [{"Atomstroyexport", "KGZ"}] * 2


def test_a_contract_told_alone_keeps_its_own_sides() -> None:
    text = (
        "Atomstroyexport and the Kyrgyz energy ministry signed a memorandum on training. The "
        "contract itself was signed in May 2024 by Rosatom and Kyrgyzstan."
    )
    found = read(text).agreements
    assert [set(a.parties) for a in found] == [{"Atomstroyexport", "KGZ"}, {"Rosatom", "KGZ"}]
