"""What the labelled-story tests share (sides, sectors, counts of agreements): reading their
tab-separated files and turning stories the reader still gets wrong into strict xfails, so
each file keeps only what its stories expect."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

import pytest


def rows(path: Path) -> list[dict[str, str]]:
    """The rows of a stories file by column name, comment lines skipped."""
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def params(stories: Iterable) -> list:
    """One pytest parameter a story, strict xfail where its `xfail` column gives a reason:
    the test fails when such a story starts to pass, so the column is kept true."""
    return [
        pytest.param(s, id=s.id, marks=pytest.mark.xfail(strict=True, reason=s.xfail))
        if s.xfail
        else pytest.param(s, id=s.id)
        for s in stories
    ]
