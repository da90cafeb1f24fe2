"""Texts told by "des textes sur …" in French, and texts under study (issue 10, mentions17).

French names signed texts with no kind word as English does ("signed documents on trade and
health"): "ont signé des textes sur l'agriculture et la santé", "un paquet de documents sur
…" are one text a domain. A text "à l'étude", "under consideration", «на рассмотрении» is
one to be examined: SPEC's `planned`, not a text signed. The sentences are invented for
these tests (no corpus document's wording)."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Le Sénégal et le Maroc ont signé des textes sur l'agriculture et la santé.",
        "Le Sénégal et le Maroc ont signé un paquet de documents sur l'agriculture et la santé.",
    ],
)
def test_french_texts_on_domains_signed_are_one_text_a_domain(text: str):
    found = read(text, "fr")
    assert sorted(s for a in found for s in a.sectors) == ["agriculture", "health"]
    assert all(sorted(a.parties) == ["MAR", "SEN"] for a in found)


def test_french_papers_on_a_domain_not_signed_are_no_text():
    assert (
        read("Les journalistes ont consulté des documents sur la sécurité et la santé.", "fr") == []
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An agreement on defence between Mali and Russia is under consideration."),
        ("fr", "Un accord de défense entre le Mali et la Russie est à l'étude."),
        ("fr", "Un accord sur l'énergie entre le Niger et la Russie est en cours d'élaboration."),
        ("ru", "Соглашение об обороне между Россией и Мали находится на рассмотрении."),
        ("ru", "Соглашение об обороне между Россией и Мали изучается."),
    ],
)
def test_a_text_under_study_is_planned(lang: str, text: str):
    found = read(text, lang)
    assert [a.status for a in found] == ["planned"]
