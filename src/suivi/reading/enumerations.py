"""The texts of a count told one by one inside its own sentence (session 16).

Two shapes the agreement rules did not know:
- ordinals that detail the count: "signed two memorandums on lithium, the first between
  their governments on geology and the second between YLB and KABIL", "deux accords sur le
  gaz, l'un sur ..., l'autre entre ...", «два меморандума: первый — о …, второй — между …»;
  each ordinal opens one text's own words, and its own "between" names its own sides;
- a list after a count whose items are of kinds a sentence alone does not make texts ("three
  agreements: an agreement on ..., a memorandum on ..., and a programme raising ..."): inside
  such a list, "a programme", "un plan", «план» is one of the texts counted.

Offsets are into folded text (`sectors.fold` keeps one character per character)."""

from __future__ import annotations

import re
from typing import NamedTuple

from suivi.reading.totals import TEXT_COUNT

# What may open a list item: a comma, semicolon or colon, "and"/"et"/«и» (with or without the
# comma before it), "as well as", «а также».
_ITEM_OPEN = (
    r"(?:[,;:]\s*(?:(?:and|et|и|а|as well as|ainsi que|а также)\s+)?"
    r"|\s(?:and|et|и|as well as|ainsi que|а также)\s+)"
)

# An ordinal that opens a text's own words: the ordinal (with its article), maybe the kind
# noun again, then what the text is about or between whom ("the first between ...", "the
# second on ...", "l'autre relatif à ...", «второй — о ...»). "the first day of the visit",
# "le premier jour" tell no text.
_ORDINAL_ITEM = re.compile(
    _ITEM_OPEN
    + r"(?P<ordinal>(?:the\s+|le\s+|la\s+|l')?(?:first|second|third|fourth|fifth|last|other"
    r"|premier|premiere|seconde?|deuxieme|troisieme|quatrieme|cinquieme|dernier|derniere|autre)"
    r"|one|l'une?|(?:перв|втор|трет|четверт|пят|последн)(?:ое|ыи|ая|ии|ья|ье|ои)"
    r"|одн[оа]|один|друг(?:ое|ои|ая))"
    r"(?:\s+(?:one|agreement|memorandum|mou|accord|texte|text|document|соглашение|меморандум"
    r"|документ|договор))?"
    r"(?:\s*[—–-]\s*|\s+)"
    r"(?=(?P<between>between|entre|между)\s"
    r"|(?:on|in|for|covering|concerning|relating to|regarding|sur|relati\w*|portant|concernant"
    r"|dans|en matiere|pour|о|об|по|в области|в сфере|касается|covers|concerns|deals with)\s)"
)

# A count of texts, then (before the sentence's end) the colon or the word that opens its list
_COUNT_THEN_LIST = re.compile(
    r"[^.;:]{0,160}?(?::|\b(?:including|namely|notamment|a savoir|в том числе|включая)\b)"
)

# Kinds a sentence alone does not make texts ("a plan to ...", "le programme de la visite"),
# but that are one of the texts counted when they are an item of the count's list.
_LISTED_ITEM = re.compile(
    _ITEM_OPEN + r"(?:(?:a|an|un|une)\s+(?:new\s+|nouveau\s+)?(?=(?:programme|program|plan)\b)"
    r"|(?=план\b))"
)
LISTED_KIND = re.compile(r"(?P<listed>programme|program|plan|план)\b")


class OrdinalItem(NamedTuple):
    start: int  # where the ordinal's words begin
    end: int  # where the next item's separator begins, or the end asked
    between: int | None  # where the names after its own "between" begin, if it has one


def ordinal_items(folded: str, start: int, end: int) -> list[OrdinalItem]:
    """The texts the ordinals between `start` and `end` open, two or more, else none."""
    found = list(_ORDINAL_ITEM.finditer(folded, start, end))
    if len(found) < 2:
        return []
    ends = [m.start() for m in found[1:]] + [end]
    return [
        OrdinalItem(m.start("ordinal"), stop, m.end("between") + 1 if m["between"] else None)
        for m, stop in zip(found, ends, strict=True)
    ]


def listed_kinds(folded: str) -> list[re.Match[str]]:
    """The kind words of the items of a count's list ("three agreements: ..., and a programme
    raising ...") that only such a list makes texts, as matches of `LISTED_KIND`."""
    count = TEXT_COUNT.search(folded)
    opened = count and _COUNT_THEN_LIST.match(folded, count.end())
    if not opened:
        return []
    return [
        LISTED_KIND.match(folded, item.end())
        for item in _LISTED_ITEM.finditer(folded, opened.end() - 1)
    ]
