"""HTML pages out of WARC archives (`.warc`, `.warc.gz`), as a crawl (Heritrix, wget) keeps them.

Only HTML responses become documents; requests, metadata and other media are
skipped. A truncated or damaged record is reported as an item with its error and
the rest of the archive is still read (a truncated gzip member ends the archive).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from django.utils.translation import gettext as _

from suivi.sources.batch import Item

HTML_TYPES = ("text/html", "application/xhtml+xml")
DRAIN = 1 << 20


def items(path: Path) -> Iterator[Item]:
    """One Item per HTML response of the archive at `path`, named by its target URI."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        stream = path.open("rb")
    except OSError as error:
        yield Item(str(path), error=_("fichier illisible (%(error)s)") % {"error": error.strerror})
        return
    with stream:
        iterator = ArchiveIterator(stream)
        try:
            for record in iterator:
                item = _item(path, record, iterator)
                if item is not None:
                    yield item
        except AttributeError:  # warcio's answer to a record whose headers are cut short
            yield _truncated(path, None)
            return
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as error:
            yield Item(str(path), error=_("archive WARC illisible (%(error)s)") % {"error": error})
            return
        if iterator.offset < stream.seek(0, 2):  # a gzip member cut short ends the iteration
            yield _truncated(path, None)


def _item(path: Path, record, iterator) -> Item | None:
    """The record's page, its error if it is cut short, or None if it is not an HTML page."""
    from suivi.reading.limits import MAX_DOCUMENT_BYTES

    uri = record.rec_headers.get_header("WARC-Target-URI") if record.rec_headers else None
    if record.rec_type is None or record.length is None:
        return _truncated(path, uri)
    if record.rec_type != "response" or not _is_html(record):
        return None
    data = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    while record.raw_stream.read(DRAIN):  # the rest of an oversized page, unread
        pass
    if getattr(record.raw_stream, "limit", 0):  # fewer bytes than its Content-Length
        return _truncated(path, uri)
    return Item(uri or f"{path}@{iterator.get_record_offset()}", data=data)


def _is_html(record) -> bool:
    headers = record.http_headers
    kind = (headers.get_header("Content-Type") or "") if headers else ""
    return kind.split(";")[0].strip().lower() in HTML_TYPES


def _truncated(path: Path, uri: str | None) -> Item:
    name = f"{path} ({uri})" if uri else str(path)
    return Item(name, error=_("enregistrement WARC tronqué"))
