"""The units the agreement, body and session rules read: sentences and list items.

Press texts list agreements as lines ("- l'énergie ;"); a sentence splitter that
ignores line breaks would glue a list into one sentence, so lines come first, then
sentences inside each line. Every unit is an exact span of the text, which makes
its text usable as `evidence`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"^\s*(?:[-–—•·*]|\d{1,2}[.)]|\(?(?:[ivx]{1,4}|[a-h])\))\s+")
# (French typography sets a space inside its quotation marks: "… en 2021. « La route …")
_BOUNDARY = re.compile(r"(?<=[.!?…])[»”\"']?\s+(?=(?:«\s?|[“\"'(])?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])")
_BARE_ITEM = re.compile(r"^[^.!?:]{1,80}$")  # a short line with no sentence end
_ABBREVIATION = re.compile(
    r"(?:\b[A-ZА-Я]|\bM|\bMM|\bMme|\bDr|\bPr|\bSt|\bgén|\bcol|\bг|\bгг|\bт|\bим|\bNo|\bn°"
    # English civilities and ranks before a name ("signed by Ms. Tanabe", "Eng. Al-Harbi"),
    # given names written short ("Md. Alam", "Mohd. Hasan")
    r"|\bMr|\bMrs|\bMs|\bMessrs|\bProf|\bEng|\bEngr|\bMd|\bMohd|\bMuh)\.$"
)


@dataclass(frozen=True)
class Unit:
    """A sentence or list item: offsets into the text, the span itself, and list facts."""

    start: int
    end: int
    text: str
    bullet: bool = False  # the line began with "-", "•" or "1."
    line_end: bool = False  # the unit closes its line
    numbering: str = ""  # the kind of its bullet: "digit" ("4."), "letter" ("a)"), "roman"

    @property
    def header(self) -> bool:
        """A line that announces a list ("... les domaines suivants :")."""
        return self.line_end and self.text.rstrip().endswith(":")

    @property
    def item_like(self) -> bool:
        return self.bullet or self.text.rstrip().endswith(";")


def units(text: str) -> list[Unit]:
    """Sentences and list items of `text`, in order, each an exact span of it."""
    return list(_units(text))


@lru_cache(maxsize=32)
def _units(text: str) -> tuple[Unit, ...]:
    """Cached: agreements, bodies and sessions all read the same document's units."""
    out: list[Unit] = []
    for line in _LINE.finditer(text):
        bullet = _BULLET.match(line.group())
        start = line.start() + (bullet.end() if bullet else 0)
        pieces = _split(text, start, line.end())
        numbering = _numbering(bullet.group()) if bullet else ""
        for i, (a, b) in enumerate(pieces):
            out.append(
                Unit(
                    a,
                    b,
                    text[a:b],
                    bool(bullet) and i == 0,
                    i == len(pieces) - 1,
                    numbering if i == 0 else "",
                )
            )
    return tuple(out)


@lru_cache(maxsize=32)
def _unit_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of the text's units, for bisecting."""
    found = _units(text)
    return tuple(u.start for u in found), tuple(u.end for u in found)


def enclosing(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the units that hold a stretch of text, from the start of the unit that
    holds `start` to the end of the one that holds `end` (a bound outside every unit stays
    as it is): the span a per-unit scan covers once, however many stretches of it are asked
    about (a sentence of 50,000 characters holds a thousand agreements)."""
    starts, ends = _unit_bounds(text)
    first = bisect_right(starts, start) - 1
    last = bisect_right(starts, max(start, end - 1)) - 1
    begin = starts[first] if first >= 0 and start < ends[first] else start
    finish = ends[last] if last >= 0 and end <= ends[last] else end
    return begin, max(finish, end)


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, begin = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        head = text[begin : m.start()]
        if _ABBREVIATION.search(head.rstrip("»”\"'")):
            continue
        pieces.append(_trim(text, begin, m.end()))
        begin = m.end()
    pieces.append(_trim(text, begin, end))
    return [p for p in pieces if p[1] > p[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def units_matching(pattern: re.Pattern, text: str, all_units: list[Unit]) -> set[int]:
    """Indexes of the units where `pattern` matches in `text`: one pass over the whole text,
    so that the per-sentence rules only run where they can find something."""
    starts = [u.start for u in all_units]
    return {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text)} - {-1}


@lru_cache(maxsize=16)
def _all_matches(pattern: re.Pattern, text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where `pattern` matches in `text`, in one pass from its start: starts and spans."""
    spans = [m.span() for m in pattern.finditer(text)]
    return [a for a, _ in spans], spans


def matches_from(pattern: re.Pattern, text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The spans `pattern.finditer(text, pos)` gives, read off one pass over the whole text
    (kept per text): a rule asking from each of many offsets, which searched on to the
    text's end each time, pays one search. They are the same spans, since a match at a
    position does not depend on where the search began (look-behinds and `^` see the
    whole text either way): the whole text's matches from the first one starting at `pos`
    on, unless one starting before `pos` runs over it, where the search from `pos` is made.
    For patterns that match no empty string."""
    starts, spans = _all_matches(pattern, text)
    i = bisect_left(starts, pos)
    if i and spans[i - 1][1] > pos:
        return (m.span() for m in pattern.finditer(text, pos))
    return islice(spans, i, None)


def _numbering(bullet: str) -> str:
    """The kind of a numbering bullet ("4." digit, "b)" letter, "iii)" roman), or ""."""
    mark = bullet.strip().strip("()")
    if mark[:1].isdigit():
        return "digit"
    if re.fullmatch(r"[ivx]{1,4}[.)]?", mark):
        return "roman"
    return "letter" if re.fullmatch(r"[a-h][.)]?", mark) else ""


def list_items(all_units: list[Unit], header_index: int) -> list[int]:
    """Indexes of the list items that follow the header at `header_index`: bulleted lines,
    lines ending in ";" (the last one may end in "."), short bare lines ("la santé"), or a
    table's rows."""
    items = []
    for i in range(header_index + 1, len(all_units)):
        unit = all_units[i]
        # "4. ... ont été signés : a) ...; f) ... . 5. M. X a souligné ...": a line numbered
        # otherwise than the list's first item goes back to the header's numbering, the list
        # is over (items "a)", "b)" under a paragraph "4." end at paragraph "5.")
        if items and unit.numbering and all_units[items[0]].numbering not in ("", unit.numbering):
            break
        # "4. ... ont été signés : - un accord ... ; - un programme ... . 5. Les deux parties
        # ...": under dashes, a numbered line is the header's next paragraph, not an item
        if (
            items
            and unit.numbering
            and all_units[items[0]].bullet
            and not all_units[items[0]].numbering
        ):
            break
        whole_line = unit.line_end and all_units[i - 1].line_end
        bare = whole_line and _BARE_ITEM.match(unit.text)
        # a table's row, its cells joined by " ; " (`clean._tables_as_rows`)
        row = whole_line and unit.text.count(" ; ") >= 2
        if unit.item_like or bare or row:
            items.append(i)
        elif items and all_units[items[-1]].text.rstrip().endswith(";"):
            items.append(i)
            break
        else:
            break
    return items


# A dateline at the head of a paragraph: the city, its state, the day, the agency, then a
# dash or a colon ("JEDDAH, Saudi Arabia —", "Dakar (Sénégal), 12 mai (APS) -", «ДОХА
# (Катар), 5 мая. /ТАСС/.»): the place the story is told from, and the day it is told.
_DATELINE = re.compile(
    r"[A-ZÀ-ÝА-ЯЁ][\w'’.-]*(?:\s[A-ZÀ-ÝА-ЯЁ][\w'’.-]*){0,2}\s*[,(]\s*(?:the\s+)?"
    r"[^\n—–:]{2,50}?(?:\s[—–-]\s|:\s|/\.?\s)"
)


def dateline(text: str, at: int) -> re.Match | None:
    """The dateline that opens the line holding offset `at`, if that line has one."""
    return _DATELINE.match(text, text.rfind("\n", 0, at) + 1)


def in_quotation(text: str, at: int) -> bool:
    """Whether an offset stands inside a quoted statement of its own line: after an opening
    « “ „ that no » ” (or the “ that closes a „) has closed yet, or between straight quotes
    ("…"), in a quotation of six words or more (a name in guillemets, «Газпром», «Росатом»,
    is a name, not a speaker's words). The text's quotations are found once."""
    starts, spans = _quotations(text)
    k = bisect_right(starts, at) - 1
    return k >= 0 and spans[k][0] < at < spans[k][1]


@lru_cache(maxsize=8)
def _quotations(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The (opening, closing) offsets of the text's quoted statements of six words or more,
    outermost only, each within its line, in order."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        opened: list[str] = []
        start = straight = -1
        for offset, char in enumerate(line):
            if char == '"' and not opened:
                if straight < 0:
                    straight = offset
                else:
                    spans.append((line_start + straight, line_start + offset))
                    straight = -1
            elif char == "“" and opened and opened[-1] == "„":
                opened.pop()
            elif char in "«“„":
                if not opened:
                    start = offset
                opened.append(char)
            elif char in "»”" and opened:
                opened.pop()
                if not opened:
                    spans.append((line_start + start, line_start + offset))
        if opened:
            spans.append((line_start + start, line_start + len(line)))
        elif straight >= 0:
            spans.append((line_start + straight, line_start + len(line)))
        line_start += len(line) + 1
    kept = sorted((a, b) for a, b in spans if len(text[a + 1 : b].split()) >= 6)
    return [a for a, _ in kept], kept
