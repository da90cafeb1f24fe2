"""A state that signs with its own company through its government ("Ecopetrol signed an
agreement with the government of Colombia", "avec le gouvernement du Brésil", «с
правительством России») is a side beside the company (orgnames24, session 24). The state's
name there is no home describing the company ("Colombia's Ecopetrol"), which the reader
drops (SPEC: an agreement with a company has the company, not its state, as a party); it
signs, as "Brazil signed an agreement with Petrobras" already read. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Ecopetrol signed an agreement with the government of Colombia on Tuesday to "
            "explore offshore gas.",
            {"COL", "Ecopetrol"},
        ),
        (
            "Petrobras a signé mardi avec le gouvernement du Brésil un accord sur le gaz.",
            {"BRA", "Petrobras"},
        ),
        (
            "Газпром подписал с правительством России соглашение о газификации регионов.",
            {"Gazprom", "RUS"},
        ),
    ],
)
def test_a_state_signs_with_its_company_through_its_government(text: str, sides: set[str]) -> None:
    assert [set(a.parties) for a in read(text).agreements] == [sides]


def test_a_state_that_describes_its_company_is_no_side() -> None:
    """ "Colombia's Ecopetrol signed with Kenya": the state's possessive says whose company."""
    text = "Colombia's Ecopetrol signed an agreement with Kenya on Tuesday on oil exploration."
    assert [set(a.parties) for a in read(text).agreements] == [{"Ecopetrol", "KEN"}]
