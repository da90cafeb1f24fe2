"""A minister named without his state signs a loan with an international lender: the other
side is the state the story names as its actor, not the state whose capital is the dateline
or whose fund lends beside (resid31B, session 31). Invented sentences."""

from __future__ import annotations

from suivi.reading.pipeline import read

ENGLISH = """KUWAIT CITY - Uganda came away from the Kuwaiti-African Investment Forum with two \
loans on Monday, one of them from a Gulf lender.

Finance Minister David Okello first signed a $30 million loan agreement with the OPEC Fund \
for International Development for a water scheme in Gulu.

Later, Okello and the chief executive of the Kuwait Fund for Arab Economic Development \
(KFAED) signed a $45 million loan for a road in the north.
"""


def test_unqualified_minister_signs_for_the_story_actor_not_the_dateline_state() -> None:
    reading = read(ENGLISH.encode(), "en.txt").to_dict()
    water = [a for a in reading["agreements"] if "water" in a["sectors"]]
    assert water and set(water[0]["parties"]) == {"OPEC Fund for International Development", "UGA"}
