"""People named only as who makes a visit other than the one the story reports.

SPEC lists the people who act or speak in the reported events. A head of state named once,
as the visitor of a visit still to come ("to be signed during President X's visit next
year", «в ходе визита президента X в Россию, который планируется») or long past ("the first
visit by an Indian president, X, which produced no project at the time"), takes no part in
them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from suivi.reading.context import Context

# A visit word just around the name: "X's visit", "the visit of X", «визита президента X»
_VISIT = re.compile(r"(?i:\bvisit|\bvisite|визит)")
_BEFORE, _AFTER = 70, 25

# What puts a visit out of the reported time: to come, or before it. Not "since"/«depuis»:
# what has been done since a visit goes on into the reported events ("to review what had
# been achieved since King X's visits to Bamako").
_NOT_NOW = {
    "en": re.compile(
        r"(?i:\b(?:will|would|next|upcoming|planned|expected|to\s+be\s+signed|first\s+visit"
        r"|at\s+the\s+time|previous|last\s+year)\b)"
    ),
    "fr": re.compile(
        r"(?i:\b(?:prochaine?|sera|seront|doit|doivent|devrait|pourrait|annonc[ée]e?"
        r"|pr[ée]vue?|pr[ée]c[ée]dente|derni[èe]re|[àa]\s+l['’][ée]poque)\b)"
    ),
    "ru": re.compile(r"(?i:планиру|предстоящ|будет|будут|следующ|прошл\w+\s+год|тогда)"),
}


def only_visitor(ctx: Context, start: int, end: int) -> bool:
    """Whether the name at start..end stands by a visit its sentence puts before or after
    the reported events (the caller asks only of a person the text names once)."""
    not_now = _NOT_NOW.get(ctx.language)
    if not_now is None:
        return False
    if not _VISIT.search(ctx.text, max(0, start - _BEFORE), min(len(ctx.text), end + _AFTER)):
        return False
    sentence = _sentence(ctx, start)
    return bool(sentence and not_now.search(ctx.text, sentence[0], sentence[1]))


def _sentence(ctx: Context, offset: int) -> tuple[int, int] | None:
    starts = [s.start for s in ctx.sentences]
    index = bisect_right(starts, offset) - 1
    if index < 0:
        return None
    found = ctx.sentences[index]
    return (found.start, found.end) if offset < found.end else None
