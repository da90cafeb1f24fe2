"""A definite mention whose partner comes between it and its domain ("ratified the agreement
with Mali on military cooperation", "l'accord avec le Burkina Faso sur la santé"): the
domain names the text, which is read as one, not taken for a repeat of an earlier one. A
date after the partner ("on Monday") names no domain. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str) -> list[tuple[list[str], list[str], str]]:
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    return [(sorted(a.parties), a.sectors, a.status) for a in found]


@pytest.mark.parametrize(
    ("lang", "text", "parties", "sectors", "status"),
    [
        (
            "en",
            "Russia ratified the agreement with Mali on military cooperation.",
            ["MLI", "RUS"],
            ["defence"],
            "ratified",
        ),
        (
            "en",
            "Turkey has signed the memorandum with Niger on oil exploration.",
            ["NER", "TUR"],
            ["energy"],
            "signed",
        ),
        (
            "fr",
            "La Russie a ratifié l'accord avec le Burkina Faso sur la coopération nucléaire.",
            ["BFA", "RUS"],
            ["nuclear"],
            "ratified",
        ),
        (
            "fr",
            "Le Maroc a signé la convention avec la Côte d'Ivoire dans le domaine de la santé.",
            ["CIV", "MAR"],
            ["health"],
            "signed",
        ),
        (
            "ru",
            "Россия ратифицировала соглашение с Мали о военном сотрудничестве.",
            ["MLI", "RUS"],
            ["defence"],
            "ratified",
        ),
    ],
)
def test_partner_before_the_domain(lang, text, parties, sectors, status):
    assert read(text, lang) == [(parties, sectors, status)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia ratified the agreement with Mali on Monday."),
        ("en", "Russia ratified the agreement with Mali on 12 May."),
        ("fr", "La Russie a ratifié l'accord avec le Mali."),
    ],
)
def test_partner_and_no_domain_is_a_repeat(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russia and Mali signed an agreement on military cooperation in Moscow. Putin said "
            "the agreement with Mali on military cooperation would last.",
        ),
        (
            "fr",
            "La Russie et le Mali ont signé un accord sur le commerce. Le ministre a salué "
            "l'accord avec le Mali sur le commerce.",
        ),
    ],
)
def test_named_again_is_one_text(lang, text):
    assert len(read(text, lang)) == 1


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "en",
            "The two sides discussed the implementation of the agreement between Russia and "
            "Egypt on atomic energy.",
            ["nuclear"],
        ),
        (
            "fr",
            "Les ministres ont évoqué la mise en œuvre de l'accord entre la Russie et l'Égypte "
            "sur la pêche.",
            ["agriculture"],
        ),
        (
            "ru",
            "Стороны обсудили ход реализации соглашения между Россией и Египтом о "
            "сотрудничестве в области рыболовства.",
            ["agriculture"],
        ),
    ],
)
def test_a_text_carried_out_is_named_by_its_sides_and_domain(lang, text, sectors):
    """ "the implementation of the agreement" alone is a text already known; with its two
    sides and its domain between them it names an older text of its own."""
    assert [(parties, found) for parties, found, _ in read(text, lang)] == [
        (["EGY", "RUS"], sectors)
    ]
