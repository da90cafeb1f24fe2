"""The people a document names, by full name, with the role and party the text gives.

Candidates come from NER (spaCy for French, natasha for Russian) and, for every
language, from titles ("le président X", "Minister X", "министр X"). Titles and
demonyms are cut off, short forms ("M. Sellal", «Лаврова») are merged into the
full name, and Russian names are put in the nominative.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from suivi.reading import people_roles
from suivi.reading.context import Context, Mention
from suivi.reading.model import Person

_PARTICLES = {
    "de", "da", "du", "des", "el", "al", "ben", "bin", "bint", "ould", "ag", "mint", "van",
    "von", "la", "le", "d", "n", "ibn", "abu", "dit", "и",
}  # fmt: skip
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True)
class PersonMention:
    """Where the text names a person, and the full name it stands for."""

    start: int
    end: int
    name: str


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_titles(name: str) -> str:
    """Drop leading titles, ranks and demonyms: "le Général Assimi Goïta" -> "Assimi Goïta"."""
    tokens = name.split()
    while tokens and (
        _fold(tokens[0]).strip(".,") in people_roles.TITLE_WORDS
        or tokens[0][:1].islower()
        or people_roles.is_demonym(tokens[0])
    ):
        tokens.pop(0)
    while tokens and (tokens[-1][:1].islower() or _fold(tokens[-1]) in _PARTICLES):
        tokens.pop()
    return " ".join(tokens).strip(" ,.;:'’\"«»“”")


def is_name(name: str) -> bool:
    """Whether a cleaned candidate looks like a person's name rather than an institution."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if any(_fold(t).strip(".") in people_roles.NOT_NAME_WORDS for t in tokens):
        return False
    capitals = [t for t in tokens if _fold(t) not in _PARTICLES]
    if not all(t[:1].isupper() for t in capitals) or len(capitals) < 2:
        return False
    return not (len(name) > 3 and name.isupper() and len(tokens) > 3)


def _same_person(short: str, full: str) -> bool:
    """Whether `short` ("Goïta", "Assimi Goïta", "Sellal") names the person `full` names."""
    s, f = _fold(short).split(), _fold(full).split()
    return bool(s) and len(s) <= len(f) and f[-len(s) :] == s


@dataclass
class _Candidate:
    start: int
    end: int
    name: str


def _merge(candidates: list[_Candidate]) -> tuple[list[str], list[PersonMention]]:
    """Full names in order of first mention, and every mention mapped to its full name."""
    full_names: list[str] = []
    for cand in sorted(candidates, key=lambda c: -len(c.name.split())):
        if len(cand.name.split()) < 2:
            continue
        if not any(_same_person(cand.name, known) for known in full_names):
            full_names.append(cand.name)
    mentions = []
    for cand in candidates:
        owner = next((n for n in full_names if _same_person(cand.name, n)), None)
        if owner:
            mentions.append(PersonMention(cand.start, cand.end, owner))
    first_seen = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        first_seen.setdefault(mention.name, mention.start)
    ordered = sorted(first_seen, key=first_seen.get)
    return ordered, sorted(mentions, key=lambda m: m.start)


def _surname_mentions(text: str, names: list[str], lang: str) -> list[_Candidate]:
    """Later mentions by surname alone ("Goïta", «Лаврова»), found by string search."""
    found = []
    for name in names:
        surname = name.split()[-1]
        stem = surname[:-1] if lang == "ru" and len(surname) > 4 else surname
        for m in re.finditer(rf"(?<!\w){re.escape(stem)}\w{{0,3}}(?!\w)", text):
            found.append(_Candidate(m.start(), m.end(), surname))
    return found


def extract(
    ctx: Context, entities: list[tuple[int, int]]
) -> tuple[list[Person], list[PersonMention]]:
    """People of the text from NER spans (offsets into ctx.text) and title patterns."""
    text = ctx.text
    candidates: list[_Candidate] = []
    spans = list(entities) + people_roles.titled_spans(text, ctx.language)
    for start, end in spans:
        raw = text[start:end]
        surface = strip_titles(raw)
        if not surface:
            continue
        offset = start + raw.find(surface)
        name = people_roles.nominative(surface) if ctx.language == "ru" else surface
        if is_name(name) and not _overlaps_party(ctx.mentions, offset, offset + len(surface)):
            candidates.append(_Candidate(offset, offset + len(surface), name))
    names, _ = _merge(candidates)
    names, mentions = _merge(candidates + _surname_mentions(text, names, ctx.language))
    people = []
    for name in names:
        first = next(m for m in mentions if m.name == name)
        role, party = people_roles.role_and_party(ctx, first.start, first.end)
        people.append(Person(name=name, role=role, party=party))
    return people, mentions


def mentions_of(text: str, persons: list[Person]) -> list[PersonMention]:
    """Where a short text (a title) names people already known, by full name or surname."""
    found = []
    for person in persons:
        for form in (person.name, person.name.split()[-1]):
            index = text.find(form)
            if index != -1:
                found.append(PersonMention(index, index + len(form), person.name))
                break
    return sorted(found, key=lambda m: m.start)


def _overlaps_party(mentions: list[Mention], start: int, end: int) -> bool:
    """A 'name' that is a state or an organisation (spaCy tags "Burkina Faso" PER at times)."""
    return any(
        m.start < end and start < m.end and m.kind in ("name", "organisation", "seat")
        for m in mentions
    )
