"""The sides of agreements in invented stories where an organisation named in full is one of
them (data: `org_side_stories.tsv`, written for orgsides23 in session 23): companies named by
their trade without a legal form ("Volta Mining", "Groupe Keita", «компания Tengri Logistics»),
state companies and offices, a state's development agencies and funds, chambers of commerce and
employers, universities, cities and regions, banks, consortia, ports, railways and airlines, and
organisations named by an acronym the text gave earlier.

Sides follow SPEC and the dev gold files: a company, a chamber, a bank or a consortium signs as
itself (by the short name the text gives it); a state's agency, office, fund, public university,
city or region stands for its state. Stories are read and kept true as in
`test_side_stories.py` (strict xfails with a reason); `python
tests/reading/test_org_side_stories.py` prints accuracy by split, language and kind.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from labelled_stories import params
from test_side_stories import Story, load, read_sides, report

STORIES = load(Path(__file__).with_name("org_side_stories.tsv"))


@pytest.mark.parametrize("story", params(STORIES))
def test_the_sides_of_the_story(story: Story) -> None:
    assert read_sides(story.text) == story.expected


def test_the_data_is_well_formed() -> None:
    assert len(STORIES) >= 150
    assert len({s.id for s in STORIES}) == len(STORIES)
    assert {s.lang for s in STORIES} == {"en", "fr", "ru"}
    assert {s.split for s in STORIES} == {"tuned", "heldout"}
    assert all(all(len(sides) >= 2 for sides in s.expected) for s in STORIES)


def test_no_story_opens_on_a_headline() -> None:
    """As in `test_side_stories.py`: a story's first short line would be read as its headline."""
    from suivi.reading.clean import clean_lines

    assert [s.id for s in STORIES if clean_lines(s.text).header] == []


if __name__ == "__main__":
    sys.exit(report(STORIES))
