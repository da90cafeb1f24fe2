"""States named by an adjective of nationality the hand-written vocabulary lacks.

The gazetteer knows the adjectives of the states the corpus met («малийский»,
"malien"); a body of two states is often named by a compound of two such adjectives
(«российско-кенийская комиссия», "commission mixte kényano-ougandaise"), and the
second one may be of any state. Such an adjective is its state's name with a suffix
(«Кения» -> «кенийский», «Ангола» -> «ангольский», "Ouganda" -> "ougandais"), so the
stem left once the suffix is cut starts one state's name and no other's.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from suivi.reading.context import Mention

# One side of a compound: «российско-кенийской», «кенийско-российский», "kényano-ougandaise".
_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_]{3,})[-‐‑]([^\W\d_]{3,})(?![\w-])")
_ENDINGS_RU = r"(?:ий|ый|ой|ая|ое|ие|ые|ого|его|ому|ему|ую|ым|им|ых|их|ыми|ими|ом|ем|о)$"
# Suffixes, longest first: «кенийской» is «Кен-» + «-ийской»; «бразильской», «Бразил-».
_SUFFIXES = {
    "ru": tuple(re.compile(rf"{s}{_ENDINGS_RU}") for s in ("ийск", "йск", "анск", "ск")),
    "fr": tuple(
        re.compile(s)
        for s in (
            r"(?:eenne|eens?|eennes)$",
            r"(?:aises?|ais|iens?|iennes?|anes?|ans?|ano)$",
            r"o$",
        )
    ),
}
_MIN_STEM = {"ru": 3, "fr": 4}


@cache
def _single_word_states(lang: str) -> tuple[tuple[str, str], ...]:
    """(lower-case name, code) of every state whose short name is one word."""
    from suivi.reading.gazetteer import _pycountry_names

    names = _pycountry_names(lang)
    return tuple((_plain(name), code) for name, code in names.items() if " " not in name)


def _plain(word: str) -> str:
    """Lower case without accents ("Kényano" -> "kenyano"); Cyrillic «й» and «ё» kept."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0306")
    return unicodedata.normalize("NFC", kept)


@lru_cache(maxsize=4096)
def state_of(word: str, lang: str) -> str | None:
    """The state an adjective of nationality names, when its stem starts one state's name."""
    lower = _plain(word)
    for suffix in _SUFFIXES.get(lang, ()):
        cut = suffix.search(lower)
        if not cut:
            continue
        # «бразиль» -> «бразил», "kenyan" -> "kenya": a soft sign or a glide may go too
        stem = lower[: cut.start()]
        for candidate in dict.fromkeys((stem, re.sub(r"(?:ь|й|i)$", "", stem))):
            if len(candidate) < _MIN_STEM[lang]:
                continue
            codes = {code for name, code in _single_word_states(lang) if name.startswith(candidate)}
            if len(codes) == 1:
                return codes.pop()
    return None


def compound_mentions(text: str, lang: str, taken: list[Mention]) -> list[Mention]:
    """Mentions of the states a compound adjective names where the gazetteer saw none:
    «российско-кенийской» gives KEN beside the RUS the gazetteer read."""
    if lang not in _SUFFIXES:
        return []
    found = []
    for m in _COMPOUND.finditer(text):
        if m.group(2)[0].isupper():
            continue  # "la route Mongo-Bitkine": a place's name; a compound adjective's second half is lower case
        for group in (1, 2):
            start, end = m.span(group)
            if any(t.start < end and start < t.end for t in taken):
                continue
            code = state_of(m.group(group), lang)
            if code:
                found.append(Mention(code, start, end, m.group(group), "adjective"))
    return found
