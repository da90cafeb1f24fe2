""" "Reached an agreement" is consent ("on the need to ..."), in French and Russian too
("parvenus à un accord sur la nécessité", «достигли соглашения о необходимости»), except
when what is agreed is a financing ("reached an agreement on a loan of $500 million",
«достигли соглашения о кредите»): that is a text. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    return found


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "en",
            "Zambia and China reached an agreement on a loan of $500 million for the Lusaka "
            "ring road.",
            ["CHN", "ZMB"],
        ),
        (
            "en",
            "Ghana reached an agreement with the IMF on a $3 billion loan programme.",
            ["GHA", "IMF"],
        ),
        (
            "ru",
            "Россия и Египет достигли соглашения о кредите на 25 млрд долларов.",
            ["EGY", "RUS"],
        ),
    ],
)
def test_an_agreement_reached_on_a_financing_is_a_text(lang, text, parties):
    assert [sorted(a.parties) for a in read(text, lang)] == [parties]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenya and Uganda reached an agreement on the need to protect the lake."),
        (
            "fr",
            "Le Mali et le Niger sont parvenus à un accord sur la nécessité de renforcer les "
            "patrouilles.",
        ),
        (
            "ru",
            "Россия и Египет достигли соглашения о необходимости расширить торговлю.",
        ),
    ],
)
def test_an_agreement_reached_on_anything_else_is_consent(lang, text):
    assert read(text, lang) == []
