"""A Context built as the pipeline builds it, for the agreement/body/session tests."""

from __future__ import annotations

from collections import Counter

from suivi.reading import gazetteer
from suivi.reading.context import Context
from suivi.reading.model import Person


def context(
    text: str, lang: str = "fr", published: str | None = None, people: list[str] = ()
) -> Context:
    """Mentions from the gazetteer; the story's parties are those named, most named first."""
    mentions = gazetteer.find_mentions(text, lang)
    counts = Counter(m.code for m in mentions if m.kind != "seat")
    return Context(
        text=text,
        language=lang,
        published=published,
        mentions=mentions,
        parties=[code for code, _ in counts.most_common()],
        people=[Person(name) for name in people],
    )


def agreement_sides(text: str) -> list[list[str]]:
    """Each agreement's sides, sorted, as the whole pipeline reads `text`."""
    from suivi.reading.pipeline import read

    return [sorted(a.parties) for a in read(text).agreements]


def agreements_of(text: str, lang: str, published: str) -> list:
    """The agreements `agreements.extract` reads in `text`, each with its evidence copied
    from the text (SPEC: evidence is a span of document.text)."""
    from suivi.reading import agreements

    found, _ = agreements.extract(context(text, lang, published=published))
    for a in found:
        assert a.evidence in text
    return found
