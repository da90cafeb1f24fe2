"""The language of a document: French, English or Russian.

lingua restricted to the three languages suivi reads is fast on the first 500
characters and does not confuse French with its neighbours; anything else is
read as French, the default language of the press suivi follows.
"""

from __future__ import annotations

import re

from suivi.reading.nlp import language_detector

SAMPLE = 500
_CODES = {"FRENCH": "fr", "ENGLISH": "en", "RUSSIAN": "ru"}
# The small words of each Latin-script language: a short English story that names a French
# company in full ("The Société nationale industrielle et minière (SNIM) mines iron ore …")
# is still told in English words, whatever the name's share of its letters
_FUNCTION_WORDS = {
    "en": re.compile(
        r"\b(?:the|and|of|in|on|with|to|an|is|was|were|has|have|its|their|for|by|from|signed"
        r"|said|which|that|will)\b"
    ),
    "fr": re.compile(
        r"\b(?:le|la|les|des|du|et|un|une|au|aux|est|avec|pour|par|sur|dans|qui|que|ont"
        r"|sont|sera|signé|l|d|qu)\b"
    ),
}


def _by_function_words(sample: str, found: str) -> str:
    """`found` unless the other Latin-script language's small words outnumber its own two
    to one (and by three at least)."""
    if found not in _FUNCTION_WORDS:
        return found
    lower = sample.lower()
    other = "en" if found == "fr" else "fr"
    own = len(_FUNCTION_WORDS[found].findall(lower))
    theirs = len(_FUNCTION_WORDS[other].findall(lower))
    return other if theirs >= 2 * own + 3 else found


def detect(text: str) -> str:
    """ "fr", "en" or "ru" for the start of `text`; "fr" when it has no letters."""
    sample = text[:SAMPLE]
    if not any(c.isalpha() for c in sample):
        return "fr"
    found = language_detector().detect_language_of(sample)
    return _by_function_words(sample, _CODES.get(found.name, "fr") if found else "fr")
