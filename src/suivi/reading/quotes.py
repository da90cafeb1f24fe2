"""Direct quotations and who said them.

Quotations are found between « », “ ”, „ “, "" or '' marks. A short quoted name
(a treaty's title, a motto, a nickname: `baptisé « Kidal »`) is not a quotation.
The speaker is the person named (or referred to by role: "a précisé le
vice-ministre") right after the quotation, else the person before it in its
sentence ("X : « ... »"), else the last person named or referred to before it.
"""

from __future__ import annotations

import re
import unicodedata

from suivi.reading.model import Person, Quote
from suivi.reading.people import PersonMention

_QUOTED = re.compile(
    r"«\s*(?P<a>[^«»]+?)\s*»|“(?P<b>[^“”]+?)”|„(?P<c>[^„“”]+?)[“”]|"
    r"(?<![\w'])''(?P<d>[^']+?)''|(?<!\w)\"(?P<e>[^\"]+?)\"(?!\w)"
)
_NAMING = re.compile(
    r"(?i:baptis[ée]e?s?|d[ée]nomm[ée]e?s?|intitul[ée]e?s?|appel[ée]e?s?|surnomm[ée]e?s?|"
    r"nomm[ée]e?s?|dit|dite|th[èe]me|slogan|devise|op[ée]ration|programme|projet|accord|"
    r"trait[ée]|plan|called|named|dubbed|titled|под названием|названием|программ\w*|"
    r"операци\w*|проект\w*)[\s,:]*$"
)
# "a précisé le vice-ministre", "said the minister": a person referred to by role.
_ROLE_REFERENCE = re.compile(
    r"(?i:\b(?:le|la|l'|l’|the|du|de la)\s+(?P<head>(?:vice-|premier |prime )?(?:ministre|minister|"
    r"pr[ée]sident|president|ambassadeur|ambassador|secr[ée]taire g[ée]n[ée]ral|"
    r"chef de l'[ée]tat|chef de la diplomatie|chef du gouvernement|head of state))"
    r"(?:\s+(?P<adj>[a-zà-ÿ]+))?)"
)
# A full stop that ends a sentence, not the one of "M. Sangaré" or "Issa B. Coulibaly".
_SENTENCE_END = re.compile(r"(?<!\b[A-ZÀ-ÝА-Я])(?<!\bMme)(?<!\bDr)[.!?]\s|\n")
_PREPOSITION = re.compile(r"(?i:\b(?:par|à|a|avec|de|by|to|with|of|от|с)\s*)$")
_MIN_WORDS = 4
_SPEAKER_AFTER = 80  # a name this close after the closing mark, in the same sentence


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _by_role(text: str, people: list[Person], named: list[PersonMention]) -> list[PersonMention]:
    """Mentions of people by their role alone ("le ministre", "the president").

    A role stands for the person last named who holds it, else for the person last named
    of the party its adjective names ("le Premier ministre mauritanien"), else for the
    person last named.
    """
    from suivi.reading.gazetteer import find_mentions

    found = []
    for match in _ROLE_REFERENCE.finditer(text):
        head = _fold(match.group("head"))
        head = "affaires etrangeres" if head == "chef de la diplomatie" else head
        holders = {p.name for p in people if p.role and head in _fold(p.role)}
        adjective = match.group("adj") or ""
        parties = {m.code for m in find_mentions(adjective, "fr")} if adjective else set()
        holders |= {p.name for p in people if p.party in parties and not p.role}
        if parties:  # "le chef de la diplomatie tchadienne": the Chadian one
            holders = {n for n in holders if _party_of(people, n) in parties} or holders
        before = [m.name for m in named if m.end <= match.start()]
        holder = next((n for n in reversed(before) if n in holders), None)
        if holder or before:
            found.append(PersonMention(match.start(), match.end(), holder or before[-1]))
    return found


def _party_of(people: list[Person], name: str) -> str | None:
    return next((p.party for p in people if p.name == name), None)


def _speaker(
    text: str, start: int, end: int, named: list[PersonMention], referred: list[PersonMention]
) -> str | None:
    """Who is named (or referred to) right after a quotation, else before it, else last."""
    line_end = re.match(r"[\s»”\"',]*\n", text[end:])  # the attribution opens the next line
    search_from = end + line_end.end() if line_end else end
    stop = _SENTENCE_END.search(text, search_from)
    limit = min(stop.start() if stop else len(text), search_from + _SPEAKER_AFTER)
    after = [p for p in named + referred if end <= p.start < limit]
    if after:
        return min(after, key=lambda p: p.start).name
    subjects = named + [r for r in referred if not _PREPOSITION.search(text[: r.start])]
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    sentence_start = ends[-1] if ends else 0
    before = sorted((p for p in subjects if p.end <= start), key=lambda p: p.start)
    in_sentence = [p for p in before if p.start >= sentence_start]
    if in_sentence:
        return in_sentence[-1].name
    return before[-1].name if before else None


def _is_title_case(body: str) -> bool:
    """ "Un Peuple, Un But, Une Foi": a motto or a name, every word capitalised."""
    words = [w for w in re.findall(r"[^\W\d_]+", body) if len(w) > 1]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def extract(
    text: str, mentions: list[PersonMention], people: list[Person] | None = None
) -> list[Quote]:
    """Every direct quotation of `text` with its speaker (or None when nobody is named)."""
    referred = _by_role(text, people or [], mentions)
    quotes = []
    for match in _QUOTED.finditer(text):
        body = next(g for g in match.groups() if g is not None).strip(" ,.")
        preceding = text[max(0, match.start() - 30) : match.start()]
        if len(body.split()) < _MIN_WORDS or _NAMING.search(preceding) or _is_title_case(body):
            continue
        outside = [m for m in mentions if not match.start() <= m.start < match.end()]
        speaker = _speaker(text, match.start(), match.end(), outside, referred)
        quotes.append(Quote(text=body, speaker=speaker))
    return quotes


def unique(found: list[Quote]) -> list[Quote]:
    """Quotations without repeats: a title often quotes part of a line the body quotes."""
    keys = [" ".join(_fold(q.text).split()) for q in found]
    kept = []
    for i, (quote, key) in enumerate(zip(found, keys, strict=True)):
        longer = any(
            key in other and (key != other or j < i) for j, other in enumerate(keys) if j != i
        )
        if not longer:
            kept.append(quote)
    return kept
