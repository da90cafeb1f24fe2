"""A lender named by its region and its complement ("the Development Bank of Latin America")
that signs with a state named right after it by "and" is a side of its own, beside that
state: the complement of its name ends before the partner ("… of Latin America and Mali
signed" had swallowed Mali, so the bank was lost and Mali signed alone). A region's bank
named "Central" is a lender too; a state's central bank stands for its state."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _text(subject: str) -> bytes:
    return (
        "date 2026-03-12 Loan - news.com\n\nBAMAKO, March 12 - The "
        f"{subject} and Mali signed a loan agreement worth $50 million on Thursday for rural "
        "roads.\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "sides"),
    [
        ("Development Bank of Latin America", {"Development Bank of Latin America", "MLI"}),
        (
            "Central American Bank for Economic Integration",
            {"Central American Bank for Economic Integration", "MLI"},
        ),
        (
            "Arab Fund for Economic and Social Development",
            {"Arab Fund for Economic and Social Development", "MLI"},
        ),
        ("Central Bank of Nigeria", {"NGA", "MLI"}),
    ],
)
def test_a_lender_signs_beside_the_state_after_it(subject, sides):
    assert [set(a.parties) for a in read(_text(subject), "a.txt").agreements] == [sides]
