""" "Agreement" as consent is no text ("requires the agreement of the government", "l'accord
du gouvernement", "a donné son accord"); a text announced, then told as signed, is one text,
signed. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2026-11-18")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The project requires the agreement of the government of Zambia."),
        ("en", "The dam still awaits the agreement of the Parliament of Malawi on the loan."),
        ("fr", "Les travaux nécessitent l'accord du gouvernement du Niger sur le tracé."),
        ("fr", "Le projet attend encore l'accord des autorités du Bénin sur la route."),
    ],
)
def test_consent_is_no_text(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kenya and Ethiopia plan to sign an agreement on energy. On Friday, the energy "
            "agreement was signed in Nairobi.",
        ),
        (
            "en",
            "Uganda and Tanzania agreed to sign a deal on oil. The deal on oil was signed on "
            "Friday in Kampala.",
        ),
        (
            "fr",
            "Le Togo et le Ghana devraient signer un accord sur l'électricité. L'accord sur "
            "l'électricité a finalement été signé vendredi.",
        ),
        (
            "ru",
            "Россия и Египет планируют подписать соглашение о торговле. Соглашение о торговле "
            "было подписано в пятницу.",
        ),
    ],
)
def test_a_planned_text_told_signed_later_is_one_text_signed(lang, text):
    found = read(text, lang)
    assert [a.status for a in found] == ["signed"]
