"""Store a reading as a Source and its Claims: once per cleaned text, all or nothing.

The content hash of the cleaned text is unique, so a second ingest of the same
article (by this process, a rerun after a crash, or a concurrent process) finds
the stored source instead of adding one. Each document is written in one
transaction: a crash leaves either the whole source with every claim, or nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from suivi.core import memo
from suivi.core.inserts import insert_with_history
from suivi.sources import facts as facts_schema
from suivi.sources.models import Claim, DatePrecision, Source, content_hash

ATTEMPTS = 3
MAX_DEPTH = 32  # a reading is a few levels deep; deeper is hostile and would exhaust recursion
_SENTENCE_END = re.compile(r"(?<=[.!?…»”])\s+|\n+")


class IngestError(ValueError):
    """A reading that cannot become a source (no text, wrong shape); the message says why."""


@dataclass
class IngestResult:
    """What one document did to the register: a new source with its claims, or a known one."""

    source: Source
    created: bool
    claims: Counter = field(default_factory=Counter)


@dataclass
class Prepared:
    """A reading checked and cleaned, with the content hash that says whether it is known."""

    document: dict
    items: list[tuple[str, dict, str, float]]
    digest: str


def prepare(reading: dict) -> Prepared:
    """Check and clean `reading`; IngestError says what is wrong with it."""
    document, items = _validate(reading)
    return Prepared(document, items, content_hash(document["text"]))


def ingest_reading(reading: dict, url: str = "") -> IngestResult:
    """Store `reading` (SPEC.md's object, with document.text) unless its text is already known."""
    return ingest_prepared(prepare(reading), url)


def ingest_prepared(prepared: Prepared, url: str = "", known: Source | None = None):
    """Store a prepared reading unless its text is known; `known`, the source a batch
    already found for its hash, spares the look-up."""
    if known is not None:
        return IngestResult(known, created=False)
    for _attempt in range(ATTEMPTS):
        known = Source.objects.filter(content_hash=prepared.digest).first()
        if known is not None:
            return IngestResult(known, created=False)
        try:
            with transaction.atomic():
                return _store(prepared, url)
        except IntegrityError:
            continue  # another process stored the same text first: the next turn finds it
    raise IngestError(_("la source n'a pu être enregistrée après plusieurs essais"))


def known_sources(digests) -> dict[str, Source]:
    """The stored sources of these content hashes, in one query (a batch's look-up)."""
    wanted = sorted(set(digests))
    return {
        source.content_hash: source for source in Source.objects.filter(content_hash__in=wanted)
    }


def _store(prepared: Prepared, url: str):
    source = _source(prepared, url)
    source.save()
    claims, counts = _claims_of(source, prepared.items)
    # A source's claims and their history entries in two inserts, in the reading's order.
    insert_with_history(Claim, claims)
    return IngestResult(source, created=True, claims=counts)


def store_new(batch: list[tuple[Prepared, str]]) -> list[IngestResult]:
    """Store readings whose texts are not known, (reading, url) each, all at once: the
    sources in one insert, their claims in another, each with its history entries.

    A batch's hashes are distinct and none is stored yet (see `known_sources`). All or
    nothing: the caller holds the savepoint and, should this fail (a hash stored meanwhile
    by another process, a value the database refuses), stores the readings one by one,
    so the bad one is isolated; per-row savepoints cost the writer more than its inserts.
    """
    if not batch:
        return []
    sources = [_source(prepared, url) for prepared, url in batch]
    insert_with_history(Source, sources)
    results, claims = [], []
    for source, (prepared, _url) in zip(sources, batch, strict=True):
        own, counts = _claims_of(source, prepared.items)
        claims += own
        results.append(IngestResult(source, created=True, claims=counts))
    insert_with_history(Claim, claims)
    memo.forget(Claim)  # bulk_create sends no post_save: the home page's claim counts
    return results


def _source(prepared: Prepared, url: str) -> Source:
    """The unsaved Source of a prepared reading."""
    document = prepared.document
    published, precision = _published(document.get("published"))
    return Source(
        url=_fitted(url, "url"),
        title=_fitted(document.get("title"), "title"),
        publisher=_fitted(document.get("publisher"), "publisher"),
        author=_fitted(document.get("author"), "author"),
        published=published,
        published_precision=precision,
        language=_fitted(document.get("language"), "language"),
        text=document["text"],
        content_hash=prepared.digest,
    )


def _claims_of(source: Source, items) -> tuple[list[Claim], Counter]:
    """The unsaved claims of a saved source, each scored with the reading's confidence.

    No record is proposed here: resolving each claim cost the writer more than all else
    it does, and a Dask run's one writer must keep up with every worker. The queue, the
    API and accept compute the suggestion when they need it (see `suggestions`), and the
    score they show is the match's score times this confidence: it never exceeds it, so
    `accept_all` may leave out the claims stored below its minimum before resolving any.
    """
    counts: Counter = Counter()
    claims = []
    for kind, facts, evidence, confidence in items:
        claim = Claim(
            source=source, kind=kind, facts=facts, evidence=evidence, score=round(confidence, 3)
        )
        claims.append(claim)
        counts[kind] += 1
    return claims, counts


def sanitized(value, depth: int = 0):
    """`value` with every text cleared of what PostgreSQL and XML refuse (NUL, control
    characters, lone surrogates); refused when nested deeper than any reading is."""
    from suivi.core.bounds import clean_text

    if depth > MAX_DEPTH:
        raise IngestError(_("la lecture est imbriquée trop profondément"))
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(k)): sanitized(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [sanitized(item, depth + 1) for item in value]
    return value


def _fitted(value, name: str) -> str:
    """A metadata text cut to its Source field's length (anything else than a text is none)."""
    from suivi.core.bounds import max_length

    return value[: max_length(Source, name)] if isinstance(value, str) else ""


def _validate(reading: dict) -> tuple[dict, list[tuple[str, dict, str, float]]]:
    reading = sanitized(reading)
    if not isinstance(reading, dict) or not isinstance(reading.get("document"), dict):
        raise IngestError(_("ce n'est pas une lecture : l'objet « document » manque"))
    document = reading["document"]
    text = document.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(_("la lecture n'a pas de texte (document.text est vide)"))
    try:
        return document, list(_claims(reading, text))
    except facts_schema.FactsError as error:
        raise IngestError(str(error)) from None
    except (TypeError, AttributeError):
        raise IngestError(_("la lecture ne suit pas le format de SPEC.md")) from None


def _claims(reading: dict, text: str):
    """(kind, facts, evidence, confidence) for every fact of the reading, in its order."""
    for kind, facts, evidence, raw in _raw_claims(reading, text):
        yield kind, facts, evidence, _confidence(raw)


def _confidence(raw: dict) -> float:
    """The reading's confidence in a fact (SPEC's facts carry one), 1 when it gives none."""
    value = raw.get("confidence") if isinstance(raw, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 1.0
    return min(1.0, max(0.0, float(value)))


def _raw_claims(reading: dict, text: str):
    """(kind, facts, evidence, raw item) for every fact of the reading, in its order."""
    sentences = _Sentences(text)
    for code in reading.get("parties") or []:
        yield "party", facts_schema.clean("party", {"code": code}, fit=True), "", {}
    for person in reading.get("people") or []:
        facts = facts_schema.clean("person", person, fit=True)
        yield "person", facts, sentences.naming(facts["name"]), person
    for agreement in reading.get("agreements") or []:
        yield (
            "agreement",
            facts_schema.clean("agreement", agreement, fit=True),
            str(agreement.get("evidence") or ""),
            agreement,
        )
    for body in reading.get("bodies") or []:
        facts = facts_schema.clean("body", body, fit=True)
        yield "body", facts, str(body.get("evidence") or ""), body
    for session in reading.get("sessions") or []:
        facts = facts_schema.clean("session", session, fit=True)
        yield "session", facts, sentences.naming(facts["body"]), session
    for quote in reading.get("quotes") or []:
        facts = facts_schema.clean("quote", quote, fit=True)
        yield "quote", facts, facts["text"], quote


def sentence_with(text: str, needle: str | None) -> str:
    """The first sentence of `text` that names `needle` (case-insensitive), as evidence."""
    return _Sentences(text).naming(needle)


class _Sentences:
    """A text's sentences, split and folded once for all the names looked up in it
    (the writer did it again for every person of every reading)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded: list[tuple[str, str]] | None = None

    def naming(self, needle: str | None) -> str:
        if not needle:
            return ""
        if self.folded is None:
            split = _SENTENCE_END.split(self.text)
            self.folded = [(sentence.casefold(), sentence) for sentence in split]
        lowered = needle.casefold()
        for folded, sentence in self.folded:
            if lowered in folded:
                return sentence.strip()[:2000]
        return ""


def _published(value: str | None) -> tuple[date | None, str]:
    if not value or not isinstance(value, str) or not facts_schema.DATE.match(value):
        return None, ""
    try:
        day = facts_schema.first_day(value)
    except ValueError:
        return None, ""
    precision = {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}.get(len(value), DatePrecision.DAY)
    return day, precision
