"""How many agreements the reader finds in invented short stories: half name texts in the
press's and officials' many wordings, half name none though they speak of cooperation,
communiqués, talks, failed signings, bills, tenders or agreement between people (data:
`mention_stories.tsv`, written for mentions22 in session 22 in three batches, each labelled
before the reader was run on it; other countries and names than the corpora).

A story is right when the number of agreements the whole pipeline reads equals the number
SPEC's gold would list. Every third story is held out (never looked at while rules were
written). Stories still read wrong carry a reason in the `xfail` column and are strict: the
test fails when one starts to pass, so the column is kept true. `python
tests/reading/test_mention_stories.py` prints accuracy by split, language and sign, and each
tuned story read wrong (held-out ones too with --all).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from labelled_stories import params, rows

DATA = Path(__file__).with_name("mention_stories.tsv")

# Accuracy reached when the rules were written (right stories, out of the split's 222 tuned and
# 108 held-out; the reader before them: 203 and 97): a floor, so a later change that loses
# stories shows here even where xfails would not. 219: two lists after their signers (fr95,
# en95) lost to drawF22's signers' scope end in the same session, marked xfail with the reason.
# 100 held out: signings called off (en33, ru33) read in session 26.
TUNED_FLOOR = 219
HELDOUT_FLOOR = 100


@dataclass(frozen=True)
class Story:
    id: str
    lang: str
    split: str
    xfail: str
    expected: int
    note: str
    text: str


def load() -> list[Story]:
    """The stories of `mention_stories.tsv`."""
    return [
        Story(
            id=row["id"],
            lang=row["lang"],
            split=row["split"],
            xfail=row["xfail"],
            expected=int(row["expected"]),
            note=row["note"],
            text=row["story"],
        )
        for row in rows(DATA)
    ]


def read_count(text: str) -> int:
    """The number of agreements the whole pipeline reads in `text`."""
    from suivi.reading.pipeline import read

    return len(read(text).agreements)


STORIES = load()


@pytest.mark.parametrize("story", params(STORIES))
def test_the_number_of_agreements_in_the_story(story: Story) -> None:
    assert read_count(story.text) == story.expected


def test_the_data_is_well_formed() -> None:
    assert len(STORIES) >= 330
    assert len({s.id for s in STORIES}) == len(STORIES)
    assert {s.lang for s in STORIES} == {"en", "fr", "ru"}
    assert {s.split for s in STORIES} == {"tuned", "heldout"}
    for lang in ("en", "fr", "ru"):
        told = [s for s in STORIES if s.lang == lang]
        assert sum(s.expected > 0 for s in told) == sum(s.expected == 0 for s in told)


@pytest.mark.parametrize(("split", "floor"), [("tuned", TUNED_FLOOR), ("heldout", HELDOUT_FLOOR)])
def test_accuracy_stays_at_what_was_reached(split: str, floor: int) -> None:
    """The stories without an xfail are the right ones; their count is the split's accuracy."""
    assert sum(not s.xfail for s in STORIES if s.split == split) >= floor


def test_no_story_opens_on_a_headline() -> None:
    """A plain text's short lines above its first long sentence are its headline, not its
    article (`clean.clean_lines`); each story is one line long enough to be article text."""
    from suivi.reading.clean import clean_lines

    assert [s.id for s in STORIES if clean_lines(s.text).header] == []


def report() -> None:
    """Accuracy by split x language and by sign (texts named or none), then the tuned stories
    read wrong (the held-out ones too with --all: not while rules are being written)."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    wrong = []
    for story in STORIES:
        got = read_count(story.text)
        ok = got == story.expected
        sign = "texts" if story.expected else "none"
        for key in ((story.split, story.lang), (story.split, "all"), (story.split, sign)):
            tally[key][0] += ok
            tally[key][1] += 1
        if not ok and (story.split == "tuned" or "--all" in sys.argv):
            wrong.append(f"{story.id} [{story.note}] want {story.expected} got {got}")
    for key in sorted(tally):
        right, total = tally[key]
        print(f"{key[0]:8} {key[1]:6} {right:3}/{total:3}")
    print("\n".join(wrong))


if __name__ == "__main__":
    sys.exit(report())
