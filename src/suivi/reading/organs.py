"""Alliances and regional organisations whose organs meet: their names in fr/en/ru and
their member states.

SPEC.md: a body of an alliance lists the member states that take part, not the
alliance's code. "le Conseil des ministres des Affaires étrangères de l'AES", "the
Council of Foreign Ministers of the GCC", «Совет министров обороны СНГ»: the body's
sides are the members of the alliance named right after its name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from suivi.reading.gazetteer_data import ALLIANCES


def _name_pattern(name: str) -> str:
    """An acronym as written (case kept); a name case-insensitive, its Russian words with
    any case ending («Содружества Независимых Государств»)."""
    if re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", name):
        return rf"(?-i:{name})"
    words = []
    for word in re.split(r"\s+", name):
        if re.fullmatch(r"[А-Яа-яЁё]{5,}", word):
            words.append(re.escape(word[:-2]) + r"[а-яё]{0,4}")
        else:
            words.append(re.escape(word).replace("'", "['’]"))
    return r"\s+".join(words)


# any alliance's name, for a pattern that must see one ("le Conseil des ministres de la CEMAC")
ALLIANCE_NAMES = "|".join(_name_pattern(n) for names, _ in ALLIANCES.values() for n in names)


# Regions whose states meet in a standing format of their own, no alliance: "the
# Consultative Meeting of Heads of State of Central Asia" is a meeting of its five states.
_REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Central Asia": (
        ("Central Asia", "Asie centrale", "d'Asie centrale", "Центральной Азии"),
        ("KAZ", "KGZ", "TJK", "TKM", "UZB"),
    ),
}


@lru_cache(maxsize=1)
def _after_name() -> list[tuple[re.Pattern, tuple[str, ...]]]:
    """For each alliance, its name as it may follow an organ's name: "de l'AES", "of the
    GCC", "(CEDEAO)", «СНГ», "de la Confédération des États du Sahel"."""
    lead = r"\s*(?:\(\s*)?(?:(?:de\s+la|de\s+l['’]|du|des|de|of\s+the|of)\s+)?"
    return [
        (
            re.compile(
                lead + r"(?:" + "|".join(_name_pattern(n) for n in names) + r")(?!\w)",
                re.IGNORECASE,
            ),
            members,
        )
        for names, members in [*ALLIANCES.values(), *_REGIONS.values()]
    ]


def members_after(text: str, end: int) -> list[str]:
    """The member states of the alliance named right after an organ's name ending at
    `end`, or [] when none is."""
    for pattern, members in _after_name():
        if pattern.match(text, end):
            return list(members)
    return []


@lru_cache(maxsize=1)
def _before_name() -> re.Pattern:
    """An alliance named right before an organ's name: "the ECOWAS Authority", "the GCC
    Supreme Council", "the SADC Council of Ministers"."""
    names = "|".join(
        rf"(?P<a{i}>{'|'.join(_name_pattern(n) for n in names)})"
        for i, (names, _) in enumerate(ALLIANCES.values())
    )
    return re.compile(rf"(?<!\w)(?:{names})\s+$", re.IGNORECASE)


def members_before(text: str, start: int) -> list[str]:
    """The member states of the alliance named right before an organ's name starting at
    `start`, or [] when none is."""
    m = _before_name().search(text[max(0, start - 80) : start])
    if not m:
        return []
    members = list(ALLIANCES.values())[int(m.lastgroup[1:])][1]
    return list(members)


def members_in(name: str) -> list[str]:
    """The member states of the alliance an organ's own name holds ("the BRICS Summit",
    «саммит ШОС»), or []."""
    for pattern, members in _after_name():
        if pattern.search(name):
            return list(members)
    return []
