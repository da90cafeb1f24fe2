"""A regional community's councils, by the shapes of their names (SPEC: bodies; an alliance's
body lists its member states).

- "the East African Community (EAC) Council of Ministers": the community's acronym in
  brackets between its name and "Council of Ministers" still makes the council the
  community's (it was no body at all, and its numbered meeting no session).
- "the Sectoral Council on Health", "le Conseil sectoriel", «Отраслевой совет»: a community's
  council of ministers by field is one of its bodies.
- "The Council agreed to reconvene …, after a special meeting of the Sectoral Council": the
  council referred back to is the one named before, not one the sentence names after it.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

EAC = {"BDI", "COD", "KEN", "RWA", "SOM", "SSD", "TZA", "UGA"}


@pytest.mark.parametrize(
    "text",
    [
        "ARUSHA - The 12th Ordinary Meeting of the East African Community (EAC) Council of "
        "Ministers closed in Arusha on Friday. Kenya and Uganda asked for more time.",
        "KAMPALA - Ministers met for the 12th meeting of the East African Community (EAC) "
        "Council of Ministers, which closed on Friday without a budget.",
    ],
)
def test_council_after_a_bracketed_acronym(text):
    reading = read(text)
    (body,) = reading.bodies
    assert "Council of Ministers" in body.name
    assert set(body.parties) == EAC
    assert [s.number for s in reading.sessions] == [12]


@pytest.mark.parametrize(
    "text",
    [
        "ARUSHA - The East African Community Council of Ministers met on Friday. A special "
        "meeting of the Sectoral Council on Health will be held in Kigali in December 2026.",
        "ARUSHA - Le Conseil des ministres de la Communauté d'Afrique de l'Est s'est réuni "
        "vendredi. Une réunion spéciale du Conseil sectoriel de la Santé se tiendra à Kigali "
        "en décembre 2026.",
    ],
)
def test_sectoral_council_is_a_body(text):
    reading = read(text)
    names = [b.name.lower() for b in reading.bodies]
    assert any("sector" in name for name in names)


def test_the_council_is_the_one_named_before():
    reading = read(
        "ARUSHA - The 12th meeting of the East African Community (EAC) Council of Ministers "
        "ended in Arusha on 20 November 2026. The Council agreed to reconvene in Arusha in January 2027, after a "
        "special meeting of the Sectoral Council on Health in December."
    )
    dated = {(s.body, s.start) for s in reading.sessions if s.number is None}
    council = next(b.name for b in reading.bodies if "Ministers" in b.name)
    assert (council, "2027-01") in dated


def test_a_state_cabinet_is_still_no_community_body():
    reading = read(
        "NAIROBI - The Kenyan Council of Ministers met on Friday and approved the budget of "
        "the Treasury."
    )
    assert reading.bodies == []
