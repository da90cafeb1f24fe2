"""Direct quotations and who said them.

Quotations are found between « », “ ”, „ “, "" or '' marks. A short quoted name
(a treaty's title, a motto, a nickname: `baptisé « Kidal »`) is not a quotation.
The speaker is the person named in the same sentence next to a verb of saying,
the person before a "X : « ... »" colon, or else the last person named.
"""

from __future__ import annotations

import re

from suivi.reading.model import Quote
from suivi.reading.people import PersonMention

_QUOTED = re.compile(
    r"«\s*(?P<a>[^«»]+?)\s*»|“(?P<b>[^“”]+?)”|„(?P<c>[^„“”]+?)[“”]|"
    r"(?<![\w'])''(?P<d>[^']+?)''|(?<!\w)\"(?P<e>[^\"]+?)\"(?!\w)"
)
_NAMING = re.compile(
    r"(?i:baptis[ée]e?s?|d[ée]nomm[ée]e?s?|intitul[ée]e?s?|appel[ée]e?s?|surnomm[ée]e?s?|"
    r"nomm[ée]e?s?|dit|dite|th[èe]me|slogan|devise|op[ée]ration|programme|projet|accord|"
    r"trait[ée]|plan|called|named|dubbed|titled|под названием|названием|программ\w*|"
    r"операци\w*|проект\w*)\s*$"
)
_MIN_WORDS = 4
_SPEAKER_AFTER = 80  # a name this close after the closing mark, in the same sentence


def _speaker(
    text: str, start: int, end: int, people: list[PersonMention], last: str | None
) -> str | None:
    """The person named around a quotation in its sentence, else the last one named."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    after_end = min(
        (i for i in (text.find(". ", end), text.find("\n", end)) if i != -1),
        default=len(text),
    )
    after = [p for p in people if end <= p.start < min(after_end, end + _SPEAKER_AFTER)]
    if after:
        return after[0].name
    before = [p for p in people if sentence_start <= p.start and p.end <= start]
    if before:
        return before[-1].name
    return last


def extract(text: str, people: list[PersonMention]) -> list[Quote]:
    """Every direct quotation of `text` with its speaker (or None when nobody is named)."""
    quotes = []
    for match in _QUOTED.finditer(text):
        body = next(g for g in match.groups() if g is not None).strip(" ,.")
        if len(body.split()) < _MIN_WORDS or _NAMING.search(
            text[max(0, match.start() - 30) : match.start()]
        ):
            continue
        last = next((p.name for p in reversed(people) if p.end <= match.start()), None)
        speaker = _speaker(text, match.start(), match.end(), people, last)
        quotes.append(Quote(text=body, speaker=speaker))
    return quotes


def unique(found: list[Quote]) -> list[Quote]:
    """Quotations without repeats (a title often quotes a line the body quotes again)."""
    seen: set[str] = set()
    kept = []
    for quote in found:
        key = " ".join(quote.text.lower().split())
        if key not in seen:
            seen.add(key)
            kept.append(quote)
    return kept
