"""`segments.matches_from` gives exactly the spans of `pattern.finditer(text, pos)`.

The rules that search from many offsets of one text (a credit before each name, an envoy's
title before each state) read the matches off one pass over the text instead: a speed-up
that must change no reading, whatever the offset, the look-behinds, `^` or a match that
runs over the offset.
"""

from __future__ import annotations

import re

import pytest

from suivi.reading.segments import matches_from

TEXT = (
    "Reporting by Awa Diop\nEditing by\nJohn Smith; photos : X\n"
    "By Sarah Mensah\nThe ambassador of Ireland on behalf of the EU signed.\n"
    "Propos recueillis par Jean Dupont. Фото: Иван Петров, беседовала Мария\n"
)
PATTERNS = [
    re.compile(r"\b(?:reporting|editing)\s+by", re.IGNORECASE),  # runs over a line break
    re.compile(r"(?<!\w)(?:фото|беседовал[аи]?)(?!\w)", re.IGNORECASE),
    re.compile(r"^(?:By|Par)\b", re.MULTILINE),
    re.compile(r"\bambassador[^,.;]{1,50}?(?=\s+on\s+behalf\s+of\b)"),
    re.compile(r"[A-Z]\w+\s+[A-Z]\w+"),  # overlapping candidates: the search's own choice
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
def test_same_spans_from_every_offset(pattern: re.Pattern) -> None:
    for pos in range(len(TEXT) + 1):
        expected = [m.span() for m in pattern.finditer(TEXT, pos)]
        assert list(matches_from(pattern, TEXT, pos)) == expected, pos


def test_a_match_over_the_offset_is_searched_again() -> None:
    # "Awa Diop" from offset 14 ("wa Diop" is no match): the whole text's match starts before
    pattern = PATTERNS[-1]
    assert (
        list(matches_from(pattern, TEXT, 15))[:1]
        == [m.span() for m in pattern.finditer(TEXT, 15)][:1]
    )
