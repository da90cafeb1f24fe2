"""The reading cascade: a document in, a Reading out.

format -> clean -> metadata -> language -> sentences and party mentions ->
parties -> people -> agreements -> bodies -> sessions -> quotes. Everything is
pure; models load once per process (`nlp`), and `read_many` runs the French
NER over many documents with `nlp.pipe` so a batch pays the model once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from suivi.reading import regex_cache
from suivi.reading.context import Context, Sentence
from suivi.reading.formats import ReadingError
from suivi.reading.limits import MAX_ANALYSED_CHARS, MAX_DOCUMENT_BYTES
from suivi.reading.model import Document, Person, Reading

# the stages' longest patterns (bodies, ordinals, days, sectors), compiled once per machine
with regex_cache.compiled():
    from suivi.reading import (
        absent,
        agreements,
        bodies,
        clean,
        confidence,
        counterparts,
        english_names,
        formats,
        gazetteer,
        language,
        lender_reference,
        metadata,
        nlp,
        parties,
        people,
        people_roles,
        quotes,
        sessions,
        side_ranker,
        signers,
        totals,
    )

BATCH = 16

__all__ = ["ReadingError", "read", "read_chunk", "read_many"]


@dataclass
class _Analysis:
    """What the language stage produced: sentences and person spans with offsets."""

    sentences: list[Sentence]
    persons: list[tuple[int, int, str]]  # start, end, NER label
    orgs: list[tuple[int, int]] = field(default_factory=list)  # NER organisation spans


def _prepare(data: bytes | str, filename: str | None = None) -> Document:
    size = len(data)  # bytes, or characters (each at least one byte)
    if size > MAX_DOCUMENT_BYTES:
        size, limit = size // 1_000_000, MAX_DOCUMENT_BYTES // 1_000_000
        raise ReadingError(
            f"document too large ({size} MB, limit {limit} MB)", "too_large", size=size, limit=limit
        )
    source = formats.detect(data, filename)
    cleaned = clean.clean(source)
    document = metadata.extract(source, cleaned)
    document.language = language.detect(cleaned.text or document.title or "")
    return document


# NER labels that may hold a person: French PER and MISC (see people.extract), English PERSON.
_PERSON_LABELS = {"PER": "PER", "MISC": "MISC", "PERSON": "PER"}


def _from_spacy(doc: Any) -> _Analysis:
    # a sentence's text cut from the document's (the same characters: spaCy keeps every one),
    # not joined again from its tokens
    text = doc.text
    sentences = [
        Sentence(s.start_char, s.end_char, text[s.start_char : s.end_char]) for s in doc.sents
    ]
    persons = [
        (e.start_char, e.end_char, _PERSON_LABELS[e.label_])
        for e in doc.ents
        if e.label_ in _PERSON_LABELS
    ]
    orgs = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
    return _Analysis(sentences, persons, orgs)


# English NER labels of things a capitalised name can be instead of a person (ORG is not
# one: the small model labels many African names ORG, which the name grammar catches).
_NOT_PERSON = {"GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "NORP"}


def _of_a_state(doc: Any) -> list[tuple[int, int, str]]:
    """ "X Y Z of Côte d'Ivoire", which the small model labels ORG as a whole: the words
    before "of" are a name when `people` finds them one (no institution word, 2-5 words)."""
    spans = []
    for entity in doc.ents:
        head, of, _ = entity.text.partition(" of ")
        if entity.label_ == "ORG" and of and len(head.split()) >= 2:
            spans.append((entity.start_char, entity.start_char + len(head), "PER"))
    return spans


def _english(doc: Any) -> _Analysis:
    """spaCy's English NER, and the name grammar beside it (their agreeing raises confidence)
    wherever the NER did not read the same words as a place, a work or an event."""
    analysis = _from_spacy(doc)
    analysis.persons += _of_a_state(doc)
    places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NOT_PERSON]
    analysis.persons += [
        span
        for span in english_names.person_spans(doc.text)
        if not any(a <= span[0] and span[1] <= b for a, b in places)
    ]
    return analysis


def _russian(text: str) -> _Analysis:
    from natasha import Doc

    tools = nlp.natasha()
    doc = Doc(text)
    doc.segment(tools["segmenter"])
    doc.tag_ner(tools["ner"])
    sentences = [Sentence(s.start, s.stop, s.text) for s in doc.sents]
    persons = [(span.start, span.stop, "PER") for span in doc.spans if span.type == "PER"]
    orgs = [(span.start, span.stop) for span in doc.spans if span.type == "ORG"]
    return _Analysis(sentences, persons, orgs)


def _analyse_one(text: str, lang: str) -> _Analysis:
    if lang == "fr":
        return _from_spacy(nlp.french()(text))
    if lang == "ru":
        return _russian(text)
    return _english(nlp.english()(text))


def _cooperation(ctx: Context) -> tuple[list, int | None, list, list]:
    """Agreements, their stated count, bodies and sessions (reading B's stages)."""
    found, total = agreements.extract(ctx)
    agreements.with_pronoun_domains(found)
    side_ranker.rerank(ctx, found)
    resolved = bodies.resolve(ctx)
    found_bodies = bodies.extract(ctx, resolved)
    bodies.with_signatories(ctx, found_bodies, found)
    found_sessions = sessions.extract(ctx, found_bodies, resolved)
    return found, total, bodies.without_untold_summits(found_bodies, found_sessions), found_sessions


def _without_absent(ctx: Context, found: list, found_bodies: list) -> None:
    """A state the text says stayed away (often a member an alliance's story gives every
    text to) is no side of what was signed or met, and no party."""
    away = absent.absent_states(ctx)
    if not away:
        return
    for item in [*found, *found_bodies]:
        kept = [code for code in item.parties if code not in away]
        if len(kept) >= 2:
            item.parties = kept
    ctx.parties = [code for code in ctx.parties if code not in away]


def _signed_at_the_event(ctx: Context, found: list) -> list:
    """The texts signed or initialled at the reported event: older ones, dated before the
    event's year, keep their sides whoever stayed out of the event's."""
    dates = [a.date for a in found if a.date]
    year = (ctx.published or max(dates, default=""))[:4]
    return [
        item
        for item in found
        if item.status in ("signed", "initialled") and (item.date or year)[:4] >= year
    ]


def _without_non_signers(ctx: Context, found: list) -> None:
    """A state the text says was there but signed nothing («документы не подписывала», "n'ont
    rien signé") is no side of the texts signed at the event; it stays a party."""
    away = absent.non_signers(ctx)
    if not away:
        return
    for item in _signed_at_the_event(ctx, found):
        kept = [code for code in item.parties if code not in away]
        if len(kept) >= 2:
            item.parties = kept


def _without_partial_signers(ctx: Context, found: list) -> None:
    """A state the text says stayed out of one text of the event ("Azerbaijan did not join
    the agreement on geology") is no side of the event's texts of that domain; one it says
    signed one text only ("Turkmenistan signed only the tourism programme") is no side of
    the event's texts of other domains."""
    partial = absent.partial_signers(ctx)
    if not partial:
        return
    for item in _signed_at_the_event(ctx, found):
        for code, domains, only in partial:
            if code not in item.parties or bool(domains & set(item.sectors)) != (not only):
                continue
            kept = [c for c in item.parties if c != code]
            if len(kept) >= 2:
                item.parties = kept


def _interviewee(ctx: Context, title: str, mentions: list) -> Person | None:
    """The one who answers a text of questions and answers that names nobody before its
    first question, when its title names one person ("Answer of the spokeswoman X to a
    media question", «Ответ официального представителя МИД … на вопрос СМИ»): the answers
    are that person's, and the person speaks in the story."""
    if not title or not quotes.unnamed_interview(ctx.text, mentions):
        return None
    titled = Context(text=title, language=ctx.language, published=ctx.published)
    titled.sentences = [Sentence(0, len(title), title)]
    titled.mentions = gazetteer.find_mentions(title, ctx.language)
    found, _ = people.extract(titled, _analyse_one(title, ctx.language).persons)
    return found[0] if len(found) == 1 else None


def _asked_then_answered(text: str, found: list, pairs: list) -> list:
    """An interview's question that names a text ("Ce voyage a produit un accord nucléaire.
    Qu'en attendez-vous ?") and the answer right after that tells it again ("nos deux
    gouvernements ont signé un accord ... de l'énergie atomique") speak of one text: the
    answer's is kept."""
    if not pairs:
        return found

    def within(item, start: int, end: int) -> bool:  # its evidence overlaps the span
        at = text.find(item.evidence)
        return at != -1 and at < end and start < at + len(item.evidence)

    dropped = set()
    for (qa, qb), (aa, ab) in pairs:
        asked = [a for a in found if within(a, qa, qb)]
        answered = [a for a in found if within(a, aa, ab)]
        for a in asked:
            if any(b.kind == a.kind and set(b.sectors) == set(a.sectors) for b in answered):
                dropped.add(id(a))
    return [a for a in found if id(a) not in dropped]


def _finish(document: Document, analysis: _Analysis, calibrated: bool = True) -> Reading:
    text = document.text[:MAX_ANALYSED_CHARS]
    lang = document.language
    ctx = Context(text=text, language=lang, published=document.published)
    ctx.sentences = analysis.sentences
    ctx.mentions = gazetteer.find_mentions(text, lang)
    # an ORG span the person analysis reads as a name too is a person's ("Faure Gnassingbé"),
    # and so is one made of a person's names said again ("Ruto and Museveni signed")
    named = {w for p, q, _ in analysis.persons for w in text[p:q].split() if w[:1].isupper()}
    orgs = [
        (a, b)
        for a, b in analysis.orgs
        if not any(p < b and a < q for p, q, _ in analysis.persons)
        and not set(text[a:b].split()) <= named
        and not people_roles.opens_with_honorific(text[a:b])
    ]
    ctx.mentions = counterparts.with_signing(text, orgs, ctx.mentions)
    ctx.mentions = signers.with_named(text, lang, ctx.sentences, ctx.mentions, analysis.persons)
    ctx.people, person_mentions = people.extract(ctx, analysis.persons)
    # an interview in labelled turns: the label that asks is the outlet, no person
    labelled, askers, asked_answered = quotes.labelled_turns(text, person_mentions)
    ctx.people = [p for p in ctx.people if p.name not in askers]
    person_mentions = [m for m in person_mentions if m.name not in askers]
    title = document.title or ""
    interviewee = _interviewee(ctx, title, person_mentions)
    if interviewee and interviewee.name not in {p.name for p in ctx.people}:
        ctx.people.append(interviewee)
    title_mentions = gazetteer.as_whole_names(gazetteer.find_mentions(title, lang), ctx.mentions)
    title_mentions = gazetteer.organisation_seats(title_mentions, ctx.mentions)
    ctx.mentions = gazetteer.organisation_seats(ctx.mentions, title_mentions)
    ctx.mentions = gazetteer.by_title_acronyms(ctx.mentions, title_mentions, lang)
    ctx.titled = frozenset(m.code for m in title_mentions)
    ctx.parties = parties.decide(
        text, ctx.mentions, title_mentions, [p.party for p in ctx.people if p.party], title
    )
    # "signed with the Bank", "entre la Banque et la Géorgie": the lender named before, again
    # (after the story's parties are weighed: a noun said again makes no party weigh more)
    ctx.mentions = lender_reference.with_bare_lenders(text, ctx.mentions)
    found, total, found_bodies, found_sessions = _cooperation(ctx)
    agreements.with_title_domain(found, title, document.published)
    _without_absent(ctx, found, found_bodies)
    _without_non_signers(ctx, found)
    _without_partial_signers(ctx, found)
    if total is None and any(a.status != "planned" for a in found):
        total = totals.title_total(title)
    ctx.parties += parties.signatories(found, ctx.parties, ctx.mentions, ctx.published)
    ctx.parties += parties.funders(text, ctx.mentions, ctx.parties)
    if lang == "en":
        ctx.parties += parties.unnamed_backers(text, ctx.mentions, ctx.parties)
    titled_people = people.mentions_of(title, ctx.people)
    said = quotes.extract(title, titled_people, ctx.people, lang)
    said += quotes.extract(text, person_mentions, ctx.people, lang)
    said += quotes.answers(text, person_mentions, interviewee.name if interviewee else None)
    said += quotes.dash_answers(text, person_mentions, [m.name for m in titled_people])
    said += labelled
    found = _asked_then_answered(text, found, asked_answered)
    reading = Reading(
        document=document,
        parties=ctx.parties,
        people=ctx.people,
        agreements=found,
        agreements_total=total,
        bodies=found_bodies,
        sessions=found_sessions,
        quotes=quotes.unique(said),
    )
    if calibrated:
        confidence.calibrate(reading)
    return reading


def read(data: bytes | str, filename: str | None = None, calibrated: bool = True) -> Reading:
    """Read one document (bytes as on disk, or text); raises ReadingError if it cannot be read.

    `calibrated=False` leaves each fact's raw evidence score (for fitting the calibration)."""
    document = _prepare(data, filename)
    analysis = _analyse_one(document.text[:MAX_ANALYSED_CHARS], document.language)
    return _finish(document, analysis, calibrated)


def read_many(
    items: Iterable[tuple[bytes | str, str | None]],
) -> Iterator[Reading | ReadingError]:
    """Read (data, filename) pairs in order, French ones through `nlp.pipe` in batches.

    A document that cannot be read yields its ReadingError in its place.
    """
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH)):
        prepared: list[Document | ReadingError] = []
        for data, filename in batch:
            try:
                prepared.append(_prepare(data, filename))
            except ReadingError as error:
                prepared.append(error)
        french = [d for d in prepared if isinstance(d, Document) and d.language == "fr"]
        docs = nlp.french().pipe(d.text[:MAX_ANALYSED_CHARS] for d in french) if french else []
        analyses = {id(d): _from_spacy(doc) for d, doc in zip(french, docs, strict=True)}
        for item in prepared:
            if isinstance(item, ReadingError):
                yield item
                continue
            analysis = analyses.get(id(item)) or _analyse_one(
                item.text[:MAX_ANALYSED_CHARS], item.language
            )
            yield _finish(item, analysis)


def read_chunk(items: list[tuple[bytes | str, str | None]]) -> list[dict | ReadingError | str]:
    """Each document's reading as a dict, its ReadingError, or the name of what went wrong.

    Plain data only, so the result crosses a process or a network (Dask workers) as it
    is. If the batch as a whole fails, each document is read alone: one bad document
    costs only itself.
    """
    try:
        results: list = list(read_many(items))
    except Exception:
        results = []
        for data, filename in items:
            try:
                results.append(read(data, filename))
            except Exception as error:
                results.append(error)
    return [_portable(result) for result in results]


def _portable(result: Reading | Exception) -> dict | ReadingError | str:
    if isinstance(result, Reading):
        return result.to_dict()
    if isinstance(result, ReadingError):
        return ReadingError(str(result), result.reason, **result.details)
    return type(result).__name__
