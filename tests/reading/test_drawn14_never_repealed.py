"""A negated verb that ends or undoes a text says the text stands: "n'a jamais été abrogé",
"has never been repealed", "was not suspended", "n'a pas été dénoncé". The negation was
read as the text's own ("aucun accord n'a été conclu") and the older text was dropped. Russian
(«так и не был отменён», «не было приостановлено») was read so already. A negated signing
still makes no text. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return [
        (sorted(a.parties), a.status, a.date)
        for a in agreements_of(text, lang, published="2025-06-02")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "sides", "date"),
    [
        (
            "fr",
            "Le traité d'amitié signé en 1995 entre le Bénin et le Togo n'a jamais été abrogé.",
            ["BEN", "TGO"],
            "1995",
        ),
        (
            "fr",
            "L'accord de pêche signé en 2010 entre le Sénégal et la Mauritanie n'a pas été "
            "dénoncé, mais il n'est plus appliqué.",
            ["MRT", "SEN"],
            "2010",
        ),
        (
            "fr",
            "La convention d'établissement signée le 4 mars 2001 entre le Niger et le Tchad n'a "
            "jamais été suspendue.",
            ["NER", "TCD"],
            "2001-03-04",
        ),
        (
            "en",
            "The 1995 treaty of friendship between Ghana and Togo has never been repealed.",
            ["GHA", "TGO"],
            "1995",
        ),
        (
            "en",
            "The fisheries agreement signed in 2010 by Kenya and Tanzania was not cancelled "
            "despite the dispute.",
            ["KEN", "TZA"],
            "2010",
        ),
        (
            "ru",
            "Договор о дружбе между Арменией и Ираном, подписанный в 1995 году, так и не был "
            "отменён.",
            ["ARM", "IRN"],
            "1995",
        ),
    ],
)
def test_a_text_never_undone_stands(lang, text, sides, date):
    assert read(text, lang) == [(sides, "signed", date)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Aucun accord de pêche n'a été signé entre le Sénégal et la Mauritanie."),
        ("en", "Kenya and Tanzania have never signed a fisheries agreement."),
    ],
)
def test_a_negated_signing_still_makes_none(lang, text):
    assert read(text, lang) == []
