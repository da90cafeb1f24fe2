"""Parties the reader added on a drawn English document (session 27, drawB27).

Invented sentences: a fund described as the window of its parent bank ("the African
Development Fund, the concessional window of the African Development Bank Group") signs
alone, the parent describing it; a programme named by the pair of states it serves ("the
Kenya-Uganda Power Interconnection Project") names where it runs, not a side (SPEC:
top-level parties act; an agreement's parties are the sides bound by it).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Rwanda signed a grant agreement with the African Development Fund, the "
            "concessional window of the African Development Bank Group, for rural schools.",
            ["African Development Fund", "RWA"],
        ),
        (
            "Nepal signed a credit agreement with the International Development Association, "
            "the concessional window of the World Bank, for rural roads.",
            # (the IDA is one of the two institutions that make up the World Bank: SPEC's
            # `WB`, as b472's gold reads it; drawE28, session 28)
            ["NPL", "WB"],
        ),
    ],
)
def test_fund_described_by_its_parent(text: str, sides: list[str]) -> None:
    reading = read(text)
    assert sorted(reading.parties) == sides
    (agreement,) = reading.agreements
    assert sorted(agreement.parties) == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The Government of Djibouti signed two financing agreements. The agreements are: a "
            "grant agreement with the OPEC Fund for the regional Djibouti-Ethiopia Water Supply "
            "Programme.",
            ["DJI", "OPEC Fund"],
        ),
        (
            "The Government of Tanzania signed three financing agreements. The agreements are: "
            "a loan agreement with the World Bank for the regional Tanzania-Zambia Irrigation "
            "Project.",
            ["TZA", "WB"],
        ),
    ],
)
def test_programme_named_by_a_pair(text: str, sides: list[str]) -> None:
    reading = read(text)
    assert sorted(reading.parties) == sides
    (agreement,) = reading.agreements
    assert sorted(agreement.parties) == sides
