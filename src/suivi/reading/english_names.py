"""People in English text, which has no NER model here: a capitalised-name grammar whose
first token is a known first name.

The first names are those of gender-guesser's dictionary (a PyPI package; ~45,000
given names of Europe, the Arab world, Asia and Africa, read from the installed
package, nothing downloaded). A candidate is two to five capitalised tokens, Arabic
and European particles allowed inside ("Mohamed bin Zayed Al Nahyan"), that starts
with such a first name or an initial; `people` then drops states, institutions and
titles as it does for NER spans.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from suivi.reading.people_roles import GIVEN_ABBREVIATIONS

# Capitalised words that are first names in the dictionary but open other phrases.
_NOT_FIRST = {
    "may", "will", "mark", "grace", "faith", "hope", "joy", "summit", "prime", "royal",
    "general", "major", "saint", "st", "san", "new", "south", "north", "east", "west",
    "central", "united", "african", "national", "state", "foreign", "deputy", "president",
    "minister", "king", "queen", "prince", "princess", "his", "her", "the", "in", "on", "at",
    "as", "and", "but", "for", "with", "after", "before", "during", "while", "when", "this",
    "that", "these", "those", "both", "all", "our", "their", "its", "we", "they", "he", "she",
    "it", "if", "so", "by", "from", "under", "over", "about", "an", "a",
}  # fmt: skip
# Particles inside a name, two-word ones first ("Ursula von der Leyen", "Frans van der Berg")
_PARTICLES = (
    r"(?:v[ao]n\s+de[rn]|de\s+la|bin|bint|ibn|al|Al|el|El|Al-|de|da|van|von|ould|Ould|dos|das|"
    r"du|le|La)"
)
_TOKEN = r"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.)"
# A given name written short ("Ma. Theresa Lazaro", "Mohd. Hasan Bakri") opens the name
# before its first name
_ABBREVIATED = rf"(?:{'|'.join(GIVEN_ABBREVIATIONS)})\.\s+"
_CANDIDATE = re.compile(
    rf"(?<![\w.])(?P<short>{_ABBREVIATED})?(?P<first>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    rf"(?P<rest>(?:\s+(?:{_PARTICLES}\s+)?{_TOKEN}){{1,4}})(?![\w])"
)
# "X bin Y", "X ould Y": the particle itself says a person's name, whatever X is.
_NASAB = re.compile(r"\s(?:bin|bint|ibn|ould|Ould|wa)\s")
# Places that open like a person's name ("Abu Dhabi", "Santa Cruz").
_PLACES = {"abu dhabi", "sierra leone", "costa rica", "santa cruz", "san salvador", "santo domingo"}
# Titles of two words whose second word is a given name elsewhere ("Justice", "Seri").
_TITLE_PAIRS = {("chief", "justice"), ("datuk", "seri"), ("tan", "sri"), ("dato", "sri")}
MAX_CHARS = 500_000  # the grammar is linear, but a dump is not an article
# A capitalised word and "of", "on" or "for" right before a candidate: the candidate goes on
# a title-case name ("the Agreement on the Waiver of Visa Requirements", "the Office for
# Grace Period Claims"), not a person's ("Minister of Trade Piyush Goyal" has no link word
# right before the name; a name the NER reads as a person stays one by the NER)
_IN_A_TITLE = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+(?:of|on|for)\s+(?:the\s+)?$")


@cache
def first_names() -> frozenset[str]:
    """Given names of gender-guesser's dictionary, folded to lower case."""
    names: set[str] = set()
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with data.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line[:1] in "#=" or len(line) < 4:
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            name = parts[1]
            for variant in {name.replace("+", ""), name.replace("+", "-")}:
                if len(variant) > 1:
                    names.add(variant.lower())
    return frozenset(names - _NOT_FIRST)


@cache
def male_names() -> frozenset[str]:
    """Given names the dictionary knows as men's ("M", "1M", "?M"), not the names of
    unknown gender it also lists ("?  Niang", a West African surname)."""
    names: set[str] = set()
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with data.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2 and parts[0] in ("M", "1M", "?M"):
                names.add(parts[1].replace("+", "-").lower())
    return frozenset(names - _NOT_FIRST)


# An honorific before a name ("H.E. Bendito dos Santos Freitas", "Mr Evaristo da Cunha"): the
# given name the dictionary lacks still opens a person's name when a particle follows it
_HONORIFIC_BEFORE = re.compile(
    r"(?<![\w.])(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$"
)
_PARTICLE_AFTER_FIRST = re.compile(r"\s+(?:dos|das|da|do|de|del|van|von|bin|ibn|ould)\s+[A-Z]")


def _honoured_particle(text: str, m: re.Match[str]) -> bool:
    return bool(
        _PARTICLE_AFTER_FIRST.match(m.group("rest"))
        and _HONORIFIC_BEFORE.search(text, max(0, m.start() - 20), m.start())
    )


def person_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "GRAMMAR") for every capitalised name that starts with a first name."""
    known = first_names()
    spans = []
    text = text[:MAX_CHARS]
    at = 0
    while m := _CANDIDATE.search(text, at):
        first = m.group("first").lower()
        place = " ".join(m.group().lower().split()[:2]) in _PLACES
        titled = _IN_A_TITLE.search(text, max(0, m.start() - 40), m.start())
        if (
            first not in ("al", "el")
            and not place
            and not titled
            and (first in known or _NASAB.search(m.group()) or _honoured_particle(text, m))
        ):
            spans.append((m.start(), m.end(), "GRAMMAR"))
            at = m.end()
        else:
            # "Rear Admiral Tomas Ramirez Villanueva": the name may start at a later word, but
            # not at the second word of a title of two ("Chief Justice Martha Koome")
            at = m.end("first")
            pair = (first, m.group("rest").split()[0].lower().strip("."))
            if pair in _TITLE_PAIRS:
                at = m.start("rest") + m.group("rest").find(m.group("rest").split()[0]) + 1
    return spans
