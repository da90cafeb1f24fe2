"""English writes a state's adjective and its possessive before the noun they describe: where
a sentence names two sides by name, a state named so before a noun of no actor ("the
Tanzanian route", "China's influence", "Tanzania's pipeline") tells what the text is about,
not who signs it; before a noun of those who act ("the Tanzanian government", "Uganda's
state oil company", a person) it stays a side, as French and Russian lower-case adjectives
already did. Sentences written for these tests in the style of press coverage."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya signed an agreement with Uganda on the pipeline, a rival to the Tanzanian "
            "route.",
            ["KEN", "UGA"],
        ),
        (
            "India signed an agreement with Sri Lanka on energy, as part of its response to "
            "China's influence.",
            ["IND", "LKA"],
        ),
        (
            "Kenya signed an agreement with Uganda on oil, to counter Tanzania's pipeline.",
            ["KEN", "UGA"],
        ),
        (
            "Vietnam signed an agreement with Laos on hydropower to meet Cambodian demand.",
            ["LAO", "VNM"],
        ),
        (
            "Egypt signed an agreement with Sudan on water, amid concern over Ethiopia's dam.",
            ["EGY", "SDN"],
        ),
    ],
)
def test_a_state_that_describes_a_thing_is_no_side(text: str, expected: list[str]) -> None:
    assert agreement_sides(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya signed an agreement with Uganda and Tanzania's state oil company on the "
            "pipeline.",
            ["KEN", "TZA", "UGA"],
        ),
        (
            "The Kenyan and Ugandan delegations signed an agreement with the World Food "
            "Programme on school meals.",
            ["KEN", "UGA", "World Food Programme"],
        ),
    ],
)
def test_a_state_before_a_noun_of_actors_stays_a_side(text: str, expected: list[str]) -> None:
    assert agreement_sides(text) == [expected]
