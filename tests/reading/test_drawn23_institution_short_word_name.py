"""A state's institution introduced with a short name in brackets that is a word, not
capitals (drawE28, session 28), on invented sentences: "the Atomic Energy Agency of the Energy
Ministry of Kyrgyzstan (Atomkor)", «Агентство по атомной энергии при Министерстве энергетики
Киргизии («Атомкор»)». Each later mention of the short name (with its Russian case endings)
is that state (SPEC: a state's institutions stand for their state), so a text it signs later
binds the state, not the parent company named in a description beside the other signer.
Rostekhnadzor, the Russian regulator, is Russia's (it was read as no party: the memorandum it
signed bound Kyrgyzstan alone).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Rosatom and the Atomic Energy Agency of the Energy Ministry of Kyrgyzstan (Atomkor) "
        "signed a memorandum on training in Bishkek. It was signed by Alexey Likhachev and the "
        "head of Atomkor Bakyt Asanov. Atomstroyexport, a Rosatom subsidiary, and Atomkor also "
        "signed an amendment to the construction contract.",
        "Госкорпорация «Росатом» и Агентство по атомной энергии при Министерстве энергетики "
        "Киргизии («Атомкор») подписали в Бишкеке меморандум о подготовке кадров. Документ "
        "подписали генеральный директор госкорпорации Алексей Лихачёв и директор «Атомкора» "
        "Бакыт Асанов. Кроме того, дочерняя структура «Росатома» АО «Атомстройэкспорт» и "
        "«Атомкор» подписали дополнительное соглашение к контракту на сооружение станции.",
    ],
)
def test_the_short_name_stands_for_the_state(text: str) -> None:
    found = read(text).agreements
    assert [set(a.parties) for a in found] == [{"Rosatom", "KGZ"}, {"Atomstroyexport", "KGZ"}]


def test_rostekhnadzor_is_russia() -> None:
    text = (
        "Госкорпорация «Росатом» и Агентство по атомной энергии Киргизии подписали в Бишкеке "
        "меморандум о подготовке кадров. Отдельный меморандум о сотрудничестве в сфере ядерной "
        "безопасности подписали Ростехнадзор и Инспекция по ядерной безопасности Киргизии."
    )
    assert [set(a.parties) for a in read(text).agreements][1] == {"RUS", "KGZ"}
