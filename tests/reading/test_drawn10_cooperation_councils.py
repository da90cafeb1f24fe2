"""A pair's cooperation, partnership or association council is a standing body (session 20,
drawE20).

Invented sentences: the council a partnership or association treaty sets up between two
sides ("the EU-Armenia Partnership Council", "the Chile-Peru Cooperation Council") is a
joint body with its cadence and its next sitting (SPEC: bodies, sessions); a region's
organisation called a cooperation council with no pair ("the Gulf Cooperation Council") is
no such body.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_TITLE = "Partners meet again\n\n"


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The European Union and Armenia spoke of trade. The EU-Armenia Partnership Council, "
            "which meets once a year, will review the talks at its next meeting in Yerevan in "
            "May 2026.",
            "EU-Armenia Partnership Council",
            "2026-05",
        ),
        (
            "Chile and Peru spoke of fisheries. The Chile-Peru Cooperation Council meets every "
            "year and will hold its next meeting in Lima in October 2026.",
            "Chile-Peru Cooperation Council",
            "2026-10",
        ),
    ],
)
def test_a_pairs_cooperation_council_is_a_body(text: str, name: str, start: str) -> None:
    reading = read(_TITLE + text, "news.txt")
    assert [b.name for b in reading.bodies] == [name]
    assert [s.start for s in reading.sessions] == [start]


def test_a_regions_cooperation_council_is_not() -> None:
    text = "Oman and Qatar spoke of trade. The Gulf Cooperation Council met in Riyadh."
    assert read(_TITLE + text, "news.txt").bodies == []
