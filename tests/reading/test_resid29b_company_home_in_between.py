"""A nationality adjective right before a company in a text's "between" says the company's
home, not a side (session 29, residB29). Sentences written for these tests.

«соглашение между АО «Самрук-Казына» и катарской UCC Holding», "un accord entre Samruk-Kazyna
et le qatari UCC Holding": the list of sides after "between" went on at the adjective and
stopped before the company it describes, so the state stood in the company's place (SPEC: an
agreement signed with a company has the company as a party, not its state)."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

_DESCRIBED = [
    "Казахстан и Катар провели заседание комиссии.\n\nКрупнейшее из них — соглашение между АО "
    "«Самрук-Казына» и катарской UCC Holding о строительстве газотурбинной электростанции.",
    "Le Kazakhstan et le Qatar ont tenu une commission.\n\nLe plus important est un accord "
    "entre Samruk-Kazyna et le qatari UCC Holding sur une centrale électrique.",
]


@pytest.mark.parametrize("text", _DESCRIBED)
def test_the_company_an_adjective_describes_is_the_side(text):
    assert agreement_sides(text) == [["Samruk-Kazyna", "UCC Holding"]]


_STATES = [
    "Le Kazakhstan et le Qatar ont tenu une commission.\n\nLe plus important est un accord "
    "entre le Kazakhstan et le Qatar sur une centrale électrique.",
    "Kazakhstan and Qatar held a commission.\n\nThe largest is an agreement between Samruk-"
    "Kazyna and Qatar's UCC Holding on building a gas turbine power plant.",
]


@pytest.mark.parametrize("text", _STATES)
def test_named_sides_stay(text):
    read = agreement_sides(text)
    assert read in ([["KAZ", "QAT"]], [["Samruk-Kazyna", "UCC Holding"]]), read
