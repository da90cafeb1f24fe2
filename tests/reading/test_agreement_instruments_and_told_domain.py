"""Instruments signed on domains are texts, one a domain ("signed two instruments of
cooperation in trade and health", "deux instruments juridiques portant sur ..."); a text
signed and told by its participle ("An agreement signed by Kenya and Ethiopia on Monday will
boost trade") takes the domain the rest of its sentence tells. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2026-11-18")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Zambia and Malawi signed two instruments of cooperation in trade and health."),
        ("en", "Zambia and Malawi signed bilateral instruments on trade and health."),
        (
            "fr",
            "Le Togo et le Bénin ont signé deux instruments juridiques portant sur le "
            "commerce et la santé.",
        ),
    ],
)
def test_instruments_signed_are_one_text_a_domain(lang, text):
    assert sorted(a.sectors[0] for a in read(text, lang)) == ["health", "trade"]


def test_instruments_not_signed_are_no_texts():
    text = "Zambia and Malawi will use financial instruments in the areas of trade and health."
    assert read(text, "en") == []
    assert len(read("Zambia and Malawi signed instruments on trade.", "en")) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An agreement signed by Namibia and Angola on Monday will boost trade."),
        ("en", "A memorandum signed by Namibia and Angola in Luanda is expected to boost trade."),
    ],
)
def test_a_text_told_by_its_participle_takes_the_sentence_domain(lang, text):
    assert [a.sectors for a in read(text, lang)] == [["trade"]]
