"""Show where a claim's evidence sits in its source's text, escaping the text first."""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from suivi.reading.limits import MAX_ANALYSED_CHARS

# Pages show the part of a source the reader analysed, where every claim's evidence
# sits; a 20 MB dump would otherwise become a 20 MB page.
EXCERPT_CHARS = MAX_ANALYSED_CHARS


def excerpt(text: str) -> tuple[str, int]:
    """The start of `text` a page shows, and how many characters it leaves out."""
    return text[:EXCERPT_CHARS], max(0, len(text) - EXCERPT_CHARS)


def evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    """Where `evidence` occurs in `text`, whitespace differences allowed; None if it does not."""
    tokens = evidence.split()
    if not tokens:
        return None
    pattern = r"\s+".join(re.escape(token) for token in tokens)
    found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    return found.span() if found else None


def highlighted(text: str, evidence: str) -> SafeString:
    """The text as HTML with the evidence in <mark id="evidence">; every part is escaped."""
    text = excerpt(text)[0]
    span = evidence_span(text, evidence)
    if span is None:
        return mark_safe(escape(text))
    start, end = span
    return mark_safe(
        f'{escape(text[:start])}<mark id="evidence">{escape(text[start:end])}</mark>'
        f"{escape(text[end:])}"
    )
