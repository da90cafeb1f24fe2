"""A loan or a grant a signing names is a text, also beside other kind words in its sentence:
"signed a $40 million loan for rural roads and a $15 million grant agreement for clinics",
"ont signé un prêt de 20 milliards FCFA pour ... et un accord de financement pour ...",
«подписали кредит на строительство школ и соглашение о финансировании больниц». Alone in its
sentence the signed loan was read; beside a kind word only the kind word was. A loan that a
kind word heads ("a loan agreement") stays one text. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return [
        (sorted(a.parties), a.sectors) for a in agreements_of(text, lang, published="2025-06-02")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Ghana's Finance Minister Kofi Mensah and AfDB President Akinwumi Adesina signed a "
            "$40 million loan for the rehabilitation of rural roads and a $15 million grant "
            "agreement for maternal health clinics.",
            [(["AfDB", "GHA"], ["infrastructure"]), (["AfDB", "GHA"], ["health"])],
        ),
        (
            "en",
            "Senegal and the World Bank signed a $90 million credit for irrigation and a "
            "memorandum on vocational training.",
            [(["SEN", "WB"], ["water", "agriculture"]), (["SEN", "WB"], ["education"])],
        ),
        (
            "fr",
            "Le ministre nigérien des Finances et la BOAD ont signé un prêt de 20 milliards "
            "FCFA pour l'électrification rurale et un accord de financement pour l'irrigation.",
            [(["BOAD", "NER"], ["energy"]), (["BOAD", "NER"], ["water", "agriculture"])],
        ),
        (
            "ru",
            "Министр финансов Киргизии и Евразийский банк развития подписали кредит на "
            "строительство школ и соглашение о финансировании больниц.",
            [(["EDB", "KGZ"], ["education"]), (["EDB", "KGZ"], ["health"])],
        ),
    ],
)
def test_a_signed_loan_is_a_text_beside_others(lang, text, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        (
            "en",
            "Ghana and the World Bank signed a loan agreement for rural roads and a memorandum "
            "on health.",
            2,
        ),
        ("fr", "Le Niger et la BOAD ont signé un accord de prêt pour la route de Dosso.", 1),
    ],
)
def test_a_loan_a_kind_word_heads_is_one_text(lang, text, count):
    assert len(read(text, lang)) == count
