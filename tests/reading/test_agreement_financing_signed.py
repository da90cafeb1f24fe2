"""A financing signed names its agreement ("signed a $50 million loan for the construction of
a hospital", "ont signé un prêt de 20 milliards FCFA pour ...", «подписали кредит на
строительство АЭС»): one text, in the domain of what it pays for; a loan approved or
obtained is none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2026-11-18")


@pytest.mark.parametrize(
    ("lang", "text", "sides", "sector"),
    [
        (
            "en",
            "Kuwait and Senegal signed a $50 million loan for the construction of a hospital.",
            ["KWT", "SEN"],
            "health",
        ),
        (
            "en",
            "Japan and Ghana signed a grant of 2 billion yen for rice production.",
            ["GHA", "JPN"],
            "agriculture",
        ),
        (
            "fr",
            "Le Japon et le Bénin ont signé un don de 500 millions de yens pour l'eau potable.",
            ["BEN", "JPN"],
            "water",
        ),
        (
            "fr",
            "Le Koweït et le Niger ont signé un financement de 30 millions de dollars pour "
            "l'électrification rurale.",
            ["KWT", "NER"],
            "energy",
        ),
        ("ru", "Россия и Египет подписали кредит на строительство АЭС.", ["EGY", "RUS"], "nuclear"),
    ],
)
def test_a_financing_signed_is_a_text(lang, text, sides, sector):
    found = read(text, lang)
    assert [(sorted(a.parties), a.sectors) for a in found] == [(sides, [sector])]


def test_a_financing_approved_or_obtained_is_none():
    assert len(read("Kuwait and Senegal signed a $50 million loan for roads.", "en")) == 1
    assert read("Kuwait approved a $200 million loan to Senegal for roads.", "en") == []
    assert read("Le Togo a obtenu un prêt du Koweït pour les routes.", "fr") == []
