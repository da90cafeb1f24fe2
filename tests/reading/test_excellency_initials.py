"""A communiqué's "S.E. M. X" and "H.E. X" (Son Excellence, His Excellency) are titles, not
part of the name. Names invented for these tests."""

from __future__ import annotations

import pytest

from suivi.reading.people import strip_titles


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("S.E. M. Paul Mbarga Ondoa", "Paul Mbarga Ondoa"),
        ("H.E. John Mensah Boateng", "John Mensah Boateng"),
        ("S.E. Mme Awa Diallo", "Awa Diallo"),
    ],
)
def test_excellency_initials_are_titles(surface, name):
    assert strip_titles(surface) == name
