"""Eighth draw (drawD19): a joint body named by what it runs ("a joint operations committee",
"a joint management committee") is a body of the two sides, as a joint technical one is.
French and Russian name such bodies with words the reader already holds («comité mixte de
gestion», «совместный комитет»)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize("kind", ["operations", "management", "planning", "implementation"])
def test_a_joint_body_named_by_what_it_runs(kind: str) -> None:
    text = (
        "Kenya and Uganda signed a power supply treaty in Kampala on Monday. The two "
        f"governments will set up a joint {kind} committee that will meet every quarter."
    )
    bodies = read(text).bodies
    assert [b.name for b in bodies] == [f"joint {kind} committee"]
    assert set(bodies[0].parties) == {"KEN", "UGA"}
    assert bodies[0].cadence_months == 3


def test_operations_without_a_joint_body_name_no_body() -> None:
    text = (
        "Kenya and Uganda signed a power supply treaty in Kampala on Monday. Joint operations "
        "of the two armies along the border will go on, officials said."
    )
    assert read(text).bodies == []
