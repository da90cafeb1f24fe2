"""What an agreement's title and list of domains hold: not the day it was signed ("a deal on
Monday"), not a relative clause after it ("the agreement on X that A and B signed"), not the
verb of the sentence before its domains ("accords ont sanctionné la visite, notamment dans
les secteurs de …": "ont" is not "on"). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    return [(a.sectors, a.title) for a in found]


def test_the_day_of_a_signing_is_no_title():
    [(_, title)] = read("Qatar and Bangladesh signed a gas deal on Monday in Doha.", "en")
    assert title is None or "Monday" not in title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        (
            "en",
            "The agreement on visa waiver that Chile and Peru signed in 2019 is under review.",
            "agreement on visa waiver",
        ),
        (
            "fr",
            "L'accord sur la pêche que le Sénégal et la Gambie ont signé en 2019 expire en mai.",
            "accord sur la pêche",
        ),
        (
            "ru",
            "Соглашение о рыболовстве, которое Россия и Марокко подписали в 2019 году, истекает.",
            "Соглашение о рыболовстве",
        ),
    ],
)
def test_a_relative_clause_is_no_part_of_a_title(lang, text, title):
    assert [t for _, t in read(text, lang)] == [title]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Plusieurs accords ont sanctionné la visite, notamment dans les secteurs de "
            "l'éducation, de la santé et de l'énergie.",
        ),
        (
            "fr",
            "Trois accords ont couronné la visite, dans les domaines de l'éducation, de la "
            "santé et de l'énergie.",
        ),
    ],
)
def test_a_verb_before_a_list_of_domains_is_no_domain(lang, text):
    assert [s for s, _ in read(text, lang)] == [["education"], ["health"], ["energy"]]
