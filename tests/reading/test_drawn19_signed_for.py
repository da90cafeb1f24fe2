"""Who signed a text may be told in the sentence right after it, as signing for a side:
"Kwame Mensah, who signed for Ghana, said ...", "X, qui a signé pour le Mali, ...", «X,
подписавший документ от имени Минфина, ...». A sentence that signs a text of its own keeps
its signer. Sentences written for these tests (drawA26).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "Ghana's Ministry of Finance and the Japan International Cooperation Agency on "
            "Thursday signed a grant agreement worth 8 million dollars for solar mini-grids. "
            "Kwame Mensah, who signed for Ghana, said 3,000 households would get power.",
            "Kwame Mensah",
        ),
        (
            "Le ministère malien des Finances et la Banque mondiale ont signé jeudi un accord de "
            "prêt de 50 millions de dollars pour l'irrigation. Amadou Traoré, qui a signé pour "
            "le Mali, a salué un appui décisif.",
            "Amadou Traoré",
        ),
        (
            "Министерство финансов Киргизии и Всемирный банк в четверг подписали соглашение о "
            "гранте на ирригацию. Иван Петров, подписавший документ от имени Минфина, заявил, "
            "что работы начнутся весной.",
            "Иван Петров",
        ),
    ],
)
def test_the_signer_told_right_after(text, signer):
    [agreement] = read(text).agreements
    assert agreement.signatories == [signer]


def test_a_sentence_with_its_own_text_keeps_its_signer():
    found = read(
        "Ghana and Togo signed a memorandum on energy on Monday. Kwame Mensah, who signed for "
        "Ghana, also signed an agreement on trade."
    ).agreements
    assert [a.signatories for a in found] == [[], ["Kwame Mensah"]]
