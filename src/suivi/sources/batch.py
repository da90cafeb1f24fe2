"""Ingest a batch of documents and readings, collecting the summary a user asks for.

Documents are read by chunks, then stored a chunk per transaction: the known ones
found by content hash in one query, the new ones in a few inserts (sources, claims,
their history) inside one savepoint. Should that fail, each new one is stored in its
own savepoint, so one bad document is reported and skipped while the rest of the chunk
is stored. Should the chunk's commit itself fail, its documents are stored again one
transaction each.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from suivi.sources.ingest import (
    IngestError,
    IngestResult,
    Prepared,
    ingest_prepared,
    ingest_reading,
    known_sources,
    prepare,
    store_new,
)

DOCUMENT_SUFFIXES = {".txt", ".html", ".htm"}
READING_SUFFIXES = {".jsonl"}
ARCHIVE_SUFFIXES = {".warc"}  # .warc.gz too: warcio reads each gzip member itself
COMPRESSED_SUFFIX = ".gz"  # page.html.gz, readings.jsonl.gz: read through gzip
CHUNK = 16  # documents read together, so the French model runs over a batch


@dataclass
class Item:
    """One document to read (data) or one reading already made (reading), or why neither."""

    name: str
    data: bytes | None = None
    reading: dict | None = None
    error: str | None = None


@dataclass
class Summary:
    """What a batch did: documents read, sources new and known, claims by kind, failures."""

    read: int = 0
    new_sources: int = 0
    known: int = 0
    claims: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    source_ids: list[int] = field(default_factory=list)


def collect(paths: Iterable[str], stdin=None) -> Iterator[Item]:
    """Items from files, folders (recursively), `-` (standard input) and `.jsonl` readings.

    A file that cannot be taken (unknown compressed content, too large, unreadable)
    becomes an Item with its error, so the summary reports it instead of skipping it.
    """
    for raw in paths:
        if raw == "-":
            yield Item("-", data=_limited(stdin) if stdin is not None else b"")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _wanted(child) and not child.name.startswith("."):
                    yield from _file(child)
        elif path.is_file():
            yield from _file(path)
        else:
            yield Item(raw, error=_("fichier introuvable"))


def _kind(path: Path) -> str:
    """The suffix that tells how to take the file, under a `.gz` if there is one."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes[-1:] == [COMPRESSED_SUFFIX]:
        return suffixes[-2] if len(suffixes) > 1 else ""
    return suffixes[-1] if suffixes else ""


def _wanted(path: Path) -> bool:
    """Documents and readings, and every `.gz` (one that holds neither is reported)."""
    kind = _kind(path)
    return (
        kind in DOCUMENT_SUFFIXES | READING_SUFFIXES | ARCHIVE_SUFFIXES
        or path.suffix.lower() == COMPRESSED_SUFFIX
    )


def _limited(stream) -> bytes:
    """At most one byte more than the reader takes: a larger input is refused, not loaded."""
    from suivi.reading.limits import MAX_DOCUMENT_BYTES as MAX_BYTES

    return stream.read(MAX_BYTES + 1)


def _open(path: Path):
    if path.suffix.lower() == COMPRESSED_SUFFIX:
        return gzip.open(path, "rb")
    return path.open("rb")


def _file(path: Path) -> Iterator[Item]:
    kind = _kind(path)
    if kind in ARCHIVE_SUFFIXES:
        from suivi.sources import warc

        yield from warc.items(path)
        return
    if (
        path.suffix.lower() == COMPRESSED_SUFFIX
        and kind not in DOCUMENT_SUFFIXES | READING_SUFFIXES
    ):
        yield Item(str(path), error=_("fichier compressé d'un type inconnu (.txt, .html, .jsonl)"))
        return
    try:
        with _open(path) as stream:
            if kind in READING_SUFFIXES:
                yield from _readings_of(path, stream)
            else:
                yield Item(str(path), data=_limited(stream))
    except (OSError, EOFError, zlib.error) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        yield Item(str(path), error=_("fichier illisible (%(error)s)") % {"error": reason})


def _readings_of(path: Path, stream) -> Iterator[Item]:
    """One Item per line of a .jsonl stream, read line by line (the file may be large)."""
    from suivi.reading.limits import MAX_DOCUMENT_BYTES as MAX_BYTES

    for number, line in enumerate(iter(lambda: stream.readline(MAX_BYTES + 1), b""), start=1):
        name = f"{path}:{number}"
        if not line.strip():
            continue
        if len(line) > MAX_BYTES:
            yield Item(name, error=_("ligne trop longue"))
            for rest in iter(lambda: stream.readline(MAX_BYTES + 1), b""):
                if rest.endswith(b"\n"):
                    break
            continue
        yield _reading_item(name, line)


def _reading_item(name: str, line: bytes) -> Item:
    try:
        return Item(name, reading=json.loads(line))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return Item(name, error=_("ligne JSON illisible (%(error)s)") % {"error": error})
    except RecursionError:
        return Item(name, error=_("ligne JSON imbriquée trop profondément"))


def run(items: Iterable[Item], url: str = "") -> Summary:
    """Read what needs reading, ingest everything, and count what happened.

    `url` is the address a single uploaded document came from.
    """
    summary = Summary()
    outcomes: list[tuple[Item, dict | None, str | None]] = []
    for outcome_ in _readings(items):
        outcomes.append(outcome_)
        if len(outcomes) >= CHUNK:
            store_many(summary, outcomes, url)
            outcomes = []
    store_many(summary, outcomes, url)
    return summary


Outcome = tuple[Item, dict | None, str | None]


def store_many(summary: Summary, outcomes: list[Outcome], url: str = "") -> None:
    """Store readings in one transaction, each document in its own savepoint, or count why
    one could not be. The one writing path of every engine (plain and Dask's writer).

    If the transaction cannot commit, the summary is put back as it was and the
    documents are stored one transaction each, so each is counted once, as it ended.
    """
    if not outcomes:
        return
    before = _mark(summary)
    try:
        with transaction.atomic():
            _store_in_transaction(summary, outcomes, url)
    except DatabaseError:
        _rewind(summary, before)
        for outcome_ in outcomes:
            store(summary, *outcome_, url=url)


def _mark(summary: Summary) -> tuple:
    """What `_rewind` needs to put `summary` back as it is now. Not a deep copy: the
    summary's lists hold every document of the run, and copying them at each batch made
    a long run's writer cost grow with the documents already stored."""
    lists = (len(summary.failures), len(summary.source_ids))
    return summary.read, summary.new_sources, summary.known, Counter(summary.claims), lists


def _rewind(summary: Summary, mark: tuple) -> None:
    """Undo what was counted since `_mark` (the lists only grow: they are cut back)."""
    summary.read, summary.new_sources, summary.known, claims, (failures, ids) = mark
    summary.claims = claims
    del summary.failures[failures:]
    del summary.source_ids[ids:]


def _store_in_transaction(summary: Summary, outcomes: list[Outcome], url: str) -> None:
    prepared = []
    for item, reading, error in outcomes:
        if error:
            summary.failures.append((item.name, error))
            continue
        try:
            prepared.append((item, prepare(reading)))
        except IngestError as failure:
            summary.failures.append((item.name, str(failure)))
        except (RecursionError, ValueError, TypeError) as failure:
            summary.failures.append((item.name, _not_stored(failure)))
    known = known_sources(ready.digest for _item, ready in prepared)
    if _store_at_once(summary, prepared, known, url):
        return
    for item, ready in prepared:
        try:
            with transaction.atomic():  # a savepoint: one document's failure is its own
                result = ingest_prepared(ready, url or _url(item), known.get(ready.digest))
        except IngestError as failure:
            summary.failures.append((item.name, str(failure)))
            continue
        except (DatabaseError, RecursionError, ValueError, TypeError) as failure:
            summary.failures.append((item.name, _not_stored(failure)))
            continue
        if result.created:
            known[ready.digest] = result.source  # the same text twice in one batch
        _count(summary, result)


def _store_at_once(
    summary: Summary, prepared: list[tuple[Item, Prepared]], known: dict, url: str
) -> bool:
    """Store the batch's new texts in a few inserts (`store_new`), inside one savepoint;
    False, with nothing stored or counted, if that fails: the caller then stores them one
    savepoint each, and only the bad one is lost."""
    new: dict[str, tuple[Prepared, str]] = {}  # the first document of each unknown text
    for item, ready in prepared:
        if ready.digest not in known and ready.digest not in new:
            new[ready.digest] = (ready, url or _url(item))
    try:
        with transaction.atomic():
            results = store_new(list(new.values()))
    except (IngestError, DatabaseError, RecursionError, ValueError, TypeError):
        return False
    created = dict(zip(new, results, strict=True))
    stored = {digest: result.source for digest, result in created.items()}
    for _item, ready in prepared:
        result = created.pop(ready.digest, None)
        if result is None:  # known before the batch, or the same text twice in it
            result = IngestResult(known.get(ready.digest) or stored[ready.digest], created=False)
        _count(summary, result)
    return True


def store(summary: Summary, item: Item, reading: dict | None, error: str | None, url: str = ""):
    """Store one reading as a source in its own transaction, or count why it could not be."""
    if error:
        summary.failures.append((item.name, error))
        return
    try:
        result = ingest_reading(reading, url=url or _url(item))
    except IngestError as failure:
        summary.failures.append((item.name, str(failure)))
        return
    except (DatabaseError, RecursionError, ValueError, TypeError) as failure:
        # One document's transaction rolled back; the others are stored all the same.
        summary.failures.append((item.name, _not_stored(failure)))
        return
    _count(summary, result)


def _not_stored(failure: BaseException) -> str:
    return _("non enregistré (%(error)s)") % {"error": type(failure).__name__}


def _count(summary: Summary, result) -> None:
    summary.read += 1
    summary.source_ids.append(result.source.pk)
    if result.created:
        summary.new_sources += 1
        summary.claims.update(result.claims)
    else:
        summary.known += 1


def _url(item: Item) -> str:
    return item.name if item.name.startswith(("http://", "https://")) else ""


def _readings(items: Iterable[Item]) -> Iterator[tuple[Item, dict | None, str | None]]:
    """(item, reading dict, error) in order; documents are read by chunks."""
    chunk: list[Item] = []
    for item in items:
        if item.data is None:
            yield from _read_chunk(chunk)
            chunk = []
            yield item, item.reading, item.error
            continue
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield from _read_chunk(chunk)
            chunk = []
    yield from _read_chunk(chunk)


def _read_chunk(chunk: list[Item]) -> Iterator[tuple[Item, dict | None, str | None]]:
    if not chunk:
        return
    from suivi.reading.pipeline import read_chunk

    results = read_chunk([(item.data, item.name) for item in chunk])
    for item, result in zip(chunk, results, strict=True):
        yield outcome(item, result)


def outcome(item: Item, result) -> tuple[Item, dict | None, str | None]:
    """(item, reading, error) from what `read_chunk` gave for it, the error in words."""
    from suivi.reading.pipeline import ReadingError

    if isinstance(result, dict):
        return item, result, None
    if isinstance(result, ReadingError):
        return item, None, reading_failure(result)
    return item, None, _("la lecture a échoué (%(error)s)") % {"error": result}


def reading_failure(error) -> str:
    """Why a document could not be read, in the page's language (the reading layer, without
    Django, says it in English for `suivi read`; an upload page showed that English)."""
    messages = {
        "binary": _("Ce fichier texte contient des données binaires."),
        "empty": _("Le document est vide."),
        "not_utf8": _(
            "Le texte n'est pas en UTF-8 (octet %(byte)s) et ne déclare pas son encodage :"
            " enregistrez-le en UTF-8."
        ),
        "encoding_unknown": _("La page déclare un encodage inconnu : %(encoding)s."),
        "encoding_invalid": _("La page n'est pas en %(encoding)s comme elle le déclare."),
        "too_large": _("Document trop volumineux : %(size)s Mo, limite %(limit)s Mo."),
    }
    message = messages.get(error.reason)
    if message is None:
        return str(error) or _("document illisible")
    return message % error.details
