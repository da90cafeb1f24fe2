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
        r"|at\s+the\s+time|previous|last\s+year"
        # a visit not yet dated is still to come: "No date has been set for a visit by X"
        r"|no\s+date|not\s+(?:yet\s+)?(?:been\s+)?(?:set|scheduled|fixed|dated))\b)"
    ),
    "fr": re.compile(
        r"(?i:\b(?:prochaine?|sera|seront|doit|doivent|devrait|pourrait|annonc[ée]e?"
        r"|pr[ée]vue?|pr[ée]c[ée]dente|derni[èe]re|[àa]\s+l['’][ée]poque"
        # "Aucune date n'a été arrêtée pour une visite du Premier ministre X": to come
        r"|aucune\s+date|pas\s+encore\s+(?:[ée]t[ée]\s+)?(?:fix[ée]e?|arr[êe]t[ée]e?|dat[ée]e?))\b)"
    ),
    # («Дата визита премьер-министра X пока не определена»: a visit not yet dated is to come)
    "ru": re.compile(
        r"(?i:планиру|предстоящ|будет|будут|следующ|прошл\w+\s+год|тогда"
        r"|не\s+(?:определен|назначен|согласован)\w*)"
    ),
}


# A visit only possible: "ils pourraient être signés lors d'une visite du président X,
# évoquée pour l'automne", "could be signed during a visit by President X", «могут быть
# подписаны в ходе визита президента X». The mood says nothing of a visitor who is there
# now ("le président X, en visite à Bamako, a estimé que les accords pourraient ..."): it
# counts only for the one the visit is of, named right after the visit word.
_MAYBE = {
    "en": re.compile(r"(?i:\b(?:could|might)\b)"),
    "fr": re.compile(r"(?i:\b(?:pourraient|devraient|[ée]voqu[ée]e?)\b)"),
    "ru": re.compile(r"(?i:могут\s+быть|может\s+быть|возможн)"),
}
_VISIT_OF = re.compile(
    r"(?i:\b(?:visite|visit|визит\w*)\s+(?:\w+\s+)?(?:du|de\s+la|de|d['’]|by|of)?\s*"
    r"(?:[\w.-]+\s+){0,3}$)"
)


def only_visitor(ctx: Context, start: int, end: int) -> bool:
    """Whether the name at start..end stands by a visit its sentence puts before or after
    the reported events (the caller asks only of a person the text names once)."""
    not_now = _NOT_NOW.get(ctx.language)
    if not_now is None:
        return False
    if not _VISIT.search(ctx.text, max(0, start - _BEFORE), min(len(ctx.text), end + _AFTER)):
        return False
    sentence = _sentence(ctx, start)
    if sentence is None:
        return False
    if not_now.search(ctx.text, sentence[0], sentence[1]):
        return True
    # (within the name's own line: a sentence read across a blank line is two)
    line_start = max(sentence[0], ctx.text.rfind("\n", sentence[0], start) + 1)
    line_end = ctx.text.find("\n", end, sentence[1])
    line_end = sentence[1] if line_end < 0 else line_end
    return bool(
        _MAYBE[ctx.language].search(ctx.text, line_start, line_end)
        and _VISIT_OF.search(ctx.text, max(line_start, start - _BEFORE), start)
    )


def _sentence(ctx: Context, offset: int) -> tuple[int, int] | None:
    starts = [s.start for s in ctx.sentences]
    index = bisect_right(starts, offset) - 1
    if index < 0:
        return None
    found = ctx.sentences[index]
    return (found.start, found.end) if offset < found.end else None
