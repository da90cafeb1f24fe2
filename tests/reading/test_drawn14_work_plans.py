"""A work plan of the sides is a text they sign: told by how many they are ("the Bilateral
Work Plan on Fisheries Cooperation", "un plan de travail trilatéral", «двусторонний план
работы») or by the cooperation it plans ("a work plan on tourism cooperation"). A kind of two
words whose head comes last ("joint work plan on", "action plan for") still opens the
text's name, so an item of a signed list so named is an agreement of its own. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


@pytest.mark.parametrize(
    ("text", "lang", "sectors"),
    [
        (
            "Kenya and Uganda signed the Bilateral Work Plan on Fisheries Cooperation 2027-2029.",
            "en",
            ["agriculture"],
        ),
        (
            "Le Niger et le Tchad ont signé un plan de travail bilatéral sur la coopération "
            "dans la pêche.",
            "fr",
            ["agriculture"],
        ),
        (
            "Армения и Иран подписали двусторонний план работы по сотрудничеству в области "
            "туризма.",
            "ru",
            ["culture"],
        ),
    ],
)
def test_a_work_plan_of_the_sides_is_a_text(text: str, lang: str, sectors: list[str]) -> None:
    (agreement,) = agreements_of(text, lang, published="2025-03-01")
    assert agreement.kind == "programme"
    assert agreement.sectors == sectors


def test_an_item_named_by_a_two_word_kind_is_its_own_text() -> None:
    text = (
        "Leaders of Kenya and Uganda witnessed the signing of two instruments:\n"
        "(a) the Bilateral Memorandum of Understanding on Road Safety, signed by the two "
        "Presidents;\n"
        "(b) the Joint Work Plan on Fisheries Cooperation 2027-2029, signed by the ministers."
    )
    found = agreements_of(text, "en", published="2025-03-01")
    assert sorted(a.kind for a in found) == ["memorandum", "programme"]


def test_a_ministrys_own_work_plan_is_no_text() -> None:
    text = "The Ministry of Fisheries of Kenya published its annual work plan for 2026."
    assert agreements_of(text, "en", published="2025-03-01") == []
