"""Organisations the vocabularies lack, where they sign, and whose they are.

SPEC: a company is a party of its own, even a state-owned one, and its agreement does not
bind its state; a state's institutions (a state development bank, an agency) stand for
their state. Sentences written for these tests in the style of press coverage.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def sides(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of "signed" that the NER reads as an organisation
        (
            "Zambia and Elsewedy Electric signed a contract for the construction of a "
            "transmission line.",
            ["Elsewedy Electric", "ZMB"],
        ),
        # a state in the possessive before a company is its home, no side
        (
            "Egypt's state-owned Arab Contractors signed a contract with Tanzania's Ministry "
            "of Works for the construction of a bridge.",
            ["Arab Contractors", "TZA"],
        ),
        # a state's development bank stands for its state
        (
            "Brazil's state development bank BNDES and Bolivia's Ministry of Planning signed "
            "a loan agreement for a road.",
            ["BOL", "BRA"],
        ),
    ],
)
def test_signing_organisation_sides(text, expected):
    assert sorted(expected) in sides(text)
