"""Where a session is held: a seat the gazetteer knows, a state, or a city of this list.

The gazetteer carries capitals as seats; sessions also meet in other cities
(Saint-Pétersbourg, Sotchi, Addis-Abeba...), so a short list adds them. Russian names
are given in the nominative, as the gold files write them («в Аддис-Абебе» ->
«Аддис-Абеба»).
"""

from __future__ import annotations

import re

from suivi.reading.context import Context
from suivi.reading.gazetteer import state_name
from suivi.reading.nlp import russian_lemma
from suivi.reading.sectors import fold

CITIES = (
    "Saint-Pétersbourg Saint Petersburg Санкт-Петербург Sotchi Sochi Сочи Kazan Казань "
    "Addis-Abeba Addis Ababa Аддис-Абеба Istanbul Стамбул Genève Geneva Женева "
    "New York Нью-Йорк Kidal Gao Tombouctou Timbuktu Ségou Mopti Kayes Sikasso Bobo-Dioulasso "
    "Agadez Zinder Nouadhibou Oran Tamanrasset Casablanca Marrakech Lagos Johannesburg Durban "
    "Shanghai Шанхай Canton Guangzhou Vladivostok Владивосток Ekaterinbourg Екатеринбург"
)
_CITY_WORDS = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'-]*(?: [A-Z][\w'-]*)?")
_CITY_KEYS = {
    fold(c) for c in re.findall(r"[A-ZÀ-ÞА-ЯЁ][\w'-]*(?: York| Petersburg| Ababa)?", CITIES)
}
_PREPOSITION = re.compile(r"(?:\b(?:à|in|at|в|во|en)\s+)$", re.IGNORECASE)
_HOSTS = re.compile(r"\s+(?:a accueilli|accueille|accueillera|hosted|hosts|will host|принял\w*)\b")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def nominative(name: str) -> str:
    """A Russian place name in the nominative, each part capitalised; others unchanged."""
    if not _CYRILLIC.search(name):
        return name
    return "-".join(part.capitalize() for part in russian_lemma(name).split("-"))


def is_city(name: str) -> bool:
    """Whether a name is one of the list's cities (a place, no party of its own)."""
    return fold(nominative(name)) in _CITY_KEYS


def places_in(ctx: Context, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, name) of the places named after "à/in/в" between two offsets, in order."""
    found: list[tuple[int, str]] = []
    for m in ctx.mentions_in(start, end):
        before = _PREPOSITION.search(ctx.text[max(0, m.start - 4) : m.start])
        if m.kind in ("seat", "name") and (before or _HOSTS.match(ctx.text, m.end)):
            if m.kind == "name" and _CYRILLIC.search(m.surface):
                found.append((m.start, state_name(m.code, "ru")))
            else:
                found.append((m.start, nominative(m.surface)))
    taken = {offset for offset, _ in found}
    for m in _CITY_WORDS.finditer(ctx.text, start, end):
        after_preposition = _PREPOSITION.search(ctx.text[max(0, m.start() - 4) : m.start()])
        if (
            after_preposition
            and m.start() not in taken
            and fold(nominative(m.group())) in _CITY_KEYS
        ):
            found.append((m.start(), nominative(m.group())))
    return sorted(found)
