"""A verb of supplying governs the "with" after it ("Brazil has supplied Indonesia with Super
Tucano aircraft"): what follows is the thing supplied, no side of a signing, so no company
"Super Tucano"; and ", and Brazil has supplied …" opens a clause of its own, which names
nothing of the agreement before it (its domain is "a defence cooperation agreement"'s).
Sentences written for these tests.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

_TEXT = (
    "JAKARTA - The two countries have cooperated in defence since they signed a defence "
    "cooperation agreement in 2008, and Brazil has supplied Indonesia with Tucano Falcon "
    "aircraft since 2010."
)


def test_the_thing_supplied_is_no_party():
    reading = read(_TEXT)
    assert set(reading.parties) == {"BRA", "IDN"}
    assert all(set(a.parties) <= {"BRA", "IDN"} for a in reading.agreements)


def test_the_clause_after_names_no_domain_of_the_agreement():
    reading = read(_TEXT)
    assert [a.sectors for a in reading.agreements] == [["defence"]]


def test_a_partner_after_with_still_signs():
    reading = read(
        "JAKARTA - Indonesia's defence ministry signed a maintenance contract with Tucano "
        "Falcon in Jakarta on Monday."
    )
    assert "Tucano Falcon" in reading.parties
