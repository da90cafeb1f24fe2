"""Recognise what a document is (crawl text, HTML, plain text) and decode it.

The first stage of the cascade: bytes in, a `Source` out, or a `ReadingError`
whose message is one line a user can act on. Only UTF-8 and an encoding the HTML
itself declares are accepted: guessing an encoding silently corrupts names.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

MAX_BYTES = 50 * 1024 * 1024

# "date 2024-03 TITLE - SITE"; real crawls also give a day, a URL, or the first paragraph.
_CRAWL_HEADER = re.compile(r"^\s*date (\d{4})-(\d{2})(?:-(\d{2}))?(?:\s+(.*?))?\s*$")
_TITLE_SITE = re.compile(r"^(?P<title>.+?) - (?P<site>\S+)$")
# an outlet of a few capitalised words after the title's last dash ("- Sahel Hebdo")
_TITLE_OUTLET = re.compile(r"^(?P<title>.+) [-–—|] (?P<site>[A-ZÀ-ÝА-ЯЁ][^-–—|:]{1,40})$")
_URL = re.compile(r"^(?:https?://|www\.)(?P<host>[^/\s]+)\S*$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][»”\"]?$")  # titles seldom end with a full stop
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p\b|<!--)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_XML_ENCODING = re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([\w.:-]+)", re.I)


class ReadingError(Exception):
    """A document that cannot be read; the message is one line saying why (in English, for
    `suivi read`), `reason` a word the pages translate (`suivi.sources.batch.reading_failure`)
    and `details` the values that message names."""

    def __init__(self, message: str, reason: str = "", **details) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = details


@dataclass(frozen=True)
class Source:
    """A decoded document and what its format tells before any cleaning."""

    kind: str  # "crawl", "html" or "text"
    text: str  # for crawl text: the page without its header line
    crawl_month: str | None = None  # "YYYY-MM" from the crawl header
    crawl_title: str | None = None
    crawl_site: str | None = None
    crawl_paragraph: str | None = None  # the article's first paragraph, glued to the date


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML page declares in a meta tag or XML prolog, if any."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def is_html(data: bytes) -> bool:
    """Whether the bytes start like an HTML page (after an optional BOM and blanks)."""
    return bool(_HTML_START.match(data.removeprefix(codecs.BOM_UTF8)[:1024]))


def decode(data: bytes, html: bool) -> str:
    """UTF-8, or the encoding the page declares; anything else is a `ReadingError`."""
    declared = declared_encoding(data) if html else None
    if declared and declared.replace("_", "-") not in ("utf-8", "utf8"):
        try:
            codec = codecs.lookup(declared)
        except LookupError:
            raise ReadingError(
                f"the page declares an unknown encoding: {declared}",
                "encoding_unknown",
                encoding=declared,
            ) from None
        try:
            return data.decode(codec.name)
        except UnicodeDecodeError:
            raise ReadingError(
                f"the page is not valid {declared} as it declares",
                "encoding_invalid",
                encoding=declared,
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadingError(
            f"not UTF-8 (byte {error.start}) and no encoding declared; convert it to UTF-8 first",
            "not_utf8",
            byte=error.start,
        ) from None


def detect(data: bytes | str, filename: str | None = None) -> Source:
    """Decode `data` and tell its kind; binary data and empty input are `ReadingError`s.

    The content decides, except that a file named .html is HTML even when it is a
    fragment that starts with text.
    """
    named_html = bool(filename) and filename.lower().endswith((".html", ".htm"))
    if isinstance(data, str):
        raw, text = None, data
    else:
        if len(data) > MAX_BYTES:
            size = len(data) // 1_000_000
            raise ReadingError(
                f"document too large ({size} MB, limit 50 MB)", "too_large", size=size, limit=50
            )
        if b"\x00" in data[:8192]:
            raise ReadingError("binary data, not a text or HTML document", "binary")
        raw = data
        text = decode(data, named_html or is_html(data))
    if "\x00" in text[:8192]:
        raise ReadingError("binary data, not a text or HTML document", "binary")
    if not text.strip():
        raise ReadingError("empty document", "empty")
    if named_html or is_html(raw if raw is not None else text[:1024].encode()):
        return Source("html", text)
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    header = _CRAWL_HEADER.match(first)
    if header:
        year, month, day, tail = header.groups()
        title, site, paragraph = _crawl_tail(tail or "", rest)
        when = f"{year}-{month}" if 1 <= int(month) <= 12 else None
        if when and day and 1 <= int(day) <= 31:
            when += f"-{day}"
        return Source(
            "crawl",
            f"{paragraph}\n{rest}" if paragraph else rest,
            crawl_month=when,
            crawl_title=title,
            crawl_site=site,
            crawl_paragraph=paragraph,
        )
    return Source("text", text)


def _page_names(page: str, site: str, title: str) -> bool:
    """Whether the page names the outlet again, or heads its article with the title alone."""
    return bool(
        re.search(rf"(?<!\w){re.escape(site)}(?!\w)", page)
        or re.search(rf"^\s*{re.escape(title)}\s*$", page, re.MULTILINE)
    )


def _crawl_tail(tail: str, page: str = "") -> tuple[str | None, str | None, str | None]:
    """(title, site, paragraph) of what follows the date on a crawl's first line.

    "TITLE - site.com" is a title and its site; "TITLE - Le Courrier du Sahel" too when the
    page names that outlet again (its byline or its footer) or heads the article with the
    title alone, so that a title's own dash ("Mali - Russie : ...") stays in the title; a URL gives the site only; a long line that ends like
    a sentence is the article's first paragraph, glued to the date.
    """
    tail = tail.strip()
    if not tail:
        return None, None, None
    url = _URL.match(tail)
    if url:
        return None, url.group("host").removeprefix("www."), None
    titled = _TITLE_SITE.match(tail)
    if titled:
        return titled.group("title").strip(), titled.group("site"), None
    named = _TITLE_OUTLET.match(tail)
    if named and _page_names(page[:100_000], named.group("site"), named.group("title").strip()):
        return named.group("title").strip(), named.group("site"), None
    if len(tail.split()) >= 15 and _SENTENCE_END.search(tail):
        return None, None, tail
    return tail, None, None
