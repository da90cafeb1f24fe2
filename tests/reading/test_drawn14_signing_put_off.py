"""A text whose signing was set, told by a relative clause right after its title, is a text
of the story, however the signing went: "la convention sur X, qui devait être signée lundi,
ne l'a pas été", "the treaty on Y, which was due to be signed on Monday, was not", «соглашение
о Z, которое должно было быть подписано в понедельник, подписано не было». The signing put
off leaves it to be signed: planned (as "the signing was postponed" is). A definite mention
was taken for a repeat of a text read before, and the negation dropped it.

A signing that failed with no text scheduled ("failed to sign an agreement") still makes
none (test_agreement_failed_signing.py). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return [
        (sorted(a.parties), a.sectors, a.status)
        for a in agreements_of(text, lang, published="2025-06-02")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "sides", "sectors"),
    [
        (
            "fr",
            "La convention judiciaire entre le Sénégal et la Gambie sur l'extradition, qui "
            "devait être signée lundi par les deux ministres, ne l'a pas été.",
            ["GMB", "SEN"],
            ["justice"],
        ),
        (
            "fr",
            "Le Bénin et le Togo ont tenu des consultations à Cotonou. La convention sur "
            "l'entraide judiciaire, qui devait être paraphée jeudi, ne l'a pas été.",
            ["BEN", "TGO"],
            ["justice"],
        ),
        (
            "en",
            "The treaty between Ghana and Togo on the transfer of prisoners, which was due to "
            "be signed on Monday, was not.",
            ["GHA", "TGO"],
            ["justice"],
        ),
        (
            "en",
            "Ghana and Togo held talks in Accra. The agreement on the transfer of prisoners, "
            "which was supposed to be signed by the two ministers, was not signed.",
            ["GHA", "TGO"],
            ["justice"],
        ),
        (
            "ru",
            "Соглашение между Арменией и Ираном о передаче осуждённых, которое должно было "
            "быть подписано в понедельник, подписано не было.",
            ["ARM", "IRN"],
            ["justice"],
        ),
        (
            "ru",
            "Армения и Иран провели переговоры в Ереване. Соглашение о передаче осуждённых, "
            "которое должно было быть подписано министрами, так и не было подписано.",
            ["ARM", "IRN"],
            ["justice"],
        ),
    ],
)
def test_a_signing_put_off_leaves_a_planned_text(lang, text, sides, sectors):
    assert read(text, lang) == [(sides, sectors, "planned")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Sénégal et la Gambie n'ont pas pu signer l'accord sur la transhumance."),
        ("en", "Ghana and Togo failed to sign an agreement on the border."),
        ("ru", "Россия и Египет не смогли подписать соглашение о рыболовстве."),
        (
            "en",
            "Ghana and Togo held talks in Accra. The agreement was not signed, which was expected.",
        ),
    ],
)
def test_a_failed_signing_without_a_schedule_stays_none(lang, text):
    assert read(text, lang) == []
