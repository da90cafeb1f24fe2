"""The language of a document: French, English or Russian.

lingua restricted to the three languages suivi reads is fast on the first 500
characters and does not confuse French with its neighbours; anything else is
read as French, the default language of the press suivi follows.
"""

from __future__ import annotations

from suivi.reading.nlp import language_detector

SAMPLE = 500
_CODES = {"FRENCH": "fr", "ENGLISH": "en", "RUSSIAN": "ru"}


def detect(text: str) -> str:
    """ "fr", "en" or "ru" for the start of `text`; "fr" when it has no letters."""
    sample = text[:SAMPLE]
    if not any(c.isalpha() for c in sample):
        return "fr"
    found = language_detector().detect_language_of(sample)
    return _CODES.get(found.name, "fr") if found else "fr"
