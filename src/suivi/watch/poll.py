"""One pass over the watched sources: read each feed, fetch its new articles, ingest them.

Each source is read on its own: a source that fails is reported and the next one is read;
each article is ingested through the ordinary ingest path (one transaction per document,
idempotent on the content hash), and its address remembered so it is not fetched again.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from suivi.watch import entries
from suivi.watch.config import Settings
from suivi.watch.fetch import Fetcher, Page
from suivi.watch.models import PageOutcome, ReadStatus, SeenPage, WatchedFeed, url_key
from suivi.watch.problems import Problem, WatchError

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
logger = logging.getLogger(__name__)

MAX_CHILD_SITEMAPS = 20
LOOKUP_CHUNK = 500


@dataclass
class Report:
    """What one source gave in one pass; `line()` is the summary printed for it."""

    feed: WatchedFeed
    status: str = ReadStatus.READ
    found: int = 0
    unseen: int = 0
    stored: int = 0
    known: int = 0
    deferred: int = 0
    skipped_entries: int = 0
    failures: list[tuple[str, WatchError]] = field(default_factory=list)
    problem: WatchError | None = None

    def line(self) -> str:
        if self.problem is not None:
            return _("%(url)s : échec, %(problem)s") % {
                "url": self.feed.url,
                "problem": self.problem.message(),
            }
        if self.status == ReadStatus.UNCHANGED:
            return _("%(url)s : inchangé depuis la lecture précédente") % {"url": self.feed.url}
        parts = [
            ngettext("%(n)s entrée", "%(n)s entrées", self.found) % {"n": self.found},
            ngettext("%(n)s nouvelle", "%(n)s nouvelles", self.unseen) % {"n": self.unseen},
            ngettext("%(n)s source ajoutée", "%(n)s sources ajoutées", self.stored)
            % {"n": self.stored},
            ngettext("%(n)s déjà connue", "%(n)s déjà connues", self.known) % {"n": self.known},
            ngettext("%(n)s échec", "%(n)s échecs", len(self.failures)) % {"n": len(self.failures)},
        ]
        if self.deferred:
            parts.append(
                ngettext(
                    "%(n)s remise au prochain passage",
                    "%(n)s remises au prochain passage",
                    self.deferred,
                )
                % {"n": self.deferred}
            )
        if self.skipped_entries:
            parts.append(
                ngettext(
                    "%(n)s entrée au-delà de la limite non lue",
                    "%(n)s entrées au-delà de la limite non lues",
                    self.skipped_entries,
                )
                % {"n": self.skipped_entries}
            )
        return _("%(url)s : %(parts)s") % {"url": self.feed.url, "parts": ", ".join(parts)}

    def failure_lines(self) -> list[str]:
        return [f"  {url}: {error.message()}" for url, error in self.failures]


def run_once(
    settings: Settings,
    fetcher: Fetcher,
    feeds: Iterable[WatchedFeed] | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> list[Report]:
    """Read every enabled source (or `feeds`) once; stops between sources when `stop()`."""
    if feeds is None:
        feeds = WatchedFeed.objects.filter(enabled=True).order_by("pk")
    reports = []
    for feed in feeds:
        if stop():
            break
        try:
            reports.append(poll(feed, settings, fetcher, stop))
        except Exception as error:  # one source's surprise must not stop the others
            logger.exception("watching %s failed", feed.url)
            report = Report(feed, status=ReadStatus.FAILED)
            report.problem = WatchError(Problem.UNREADABLE, type(error).__name__)
            with contextlib.suppress(Exception):
                _save_state(feed, report, None)
            reports.append(report)
    return reports


def poll(feed: WatchedFeed, settings: Settings, fetcher: Fetcher, stop=lambda: False) -> Report:
    """Read one source and ingest its new articles; its state in the app says how it went."""
    report = Report(feed)
    try:
        page = fetcher.get(
            feed.url,
            delay=feed.rate_limit,
            max_bytes=settings.max_feed_bytes,
            etag=feed.etag,
            last_modified=feed.last_modified,
        )
        if page.status == 304:
            report.status = ReadStatus.UNCHANGED
            report.found = feed.last_found
            _save_state(feed, report, page)
            return report
        links = _links(page, settings, fetcher, feed, report)
    except WatchError as error:
        report.problem, report.status = error, ReadStatus.FAILED
        _save_state(feed, report, None)
        return report
    report.found = len(links)
    unseen = _unseen(links, settings.max_attempts)
    report.unseen = len(unseen)
    taken = 0
    for url in unseen[: settings.max_new]:
        if stop():
            break
        _take(url, feed, settings, fetcher, report)
        taken += 1
    report.deferred = report.unseen - taken
    if report.failures:
        report.status = ReadStatus.PARTIAL
    _save_state(feed, report, page)
    return report


def _links(
    page: Page, settings: Settings, fetcher: Fetcher, feed: WatchedFeed, report: Report
) -> list[str]:
    """Article addresses of the feed, or of a sitemap and the sitemaps it lists, in order."""
    listing = entries.listing(page.body, page.url, settings.max_entries)
    links, budget = list(listing.links), settings.max_entries - len(listing.links)
    report.skipped_entries = max(0, listing.entries - settings.max_entries)
    for child in listing.sitemaps[:MAX_CHILD_SITEMAPS]:
        if budget <= 0:
            break
        try:
            sub = fetcher.get(child, delay=feed.rate_limit, max_bytes=settings.max_feed_bytes)
            nested = entries.listing(sub.body, sub.url, budget)
        except WatchError as error:
            report.failures.append((child, error))
            continue
        links += nested.links
        budget -= len(nested.links)
        report.skipped_entries += max(0, nested.entries - len(nested.links))
    return list(dict.fromkeys(links))


def _unseen(links: list[str], max_attempts: int) -> list[str]:
    """The links never fetched, or whose earlier fetches failed fewer than `max_attempts`."""
    done: set[str] = set()
    keys = {url_key(url): url for url in links}
    key_list = list(keys)
    for start in range(0, len(key_list), LOOKUP_CHUNK):
        rows = SeenPage.objects.filter(url_key__in=key_list[start : start + LOOKUP_CHUNK])
        for key, outcome, attempts in rows.values_list("url_key", "outcome", "attempts"):
            if outcome != PageOutcome.FAILED or attempts >= max_attempts:
                done.add(key)
    return [url for key, url in keys.items() if key not in done]


def _take(url: str, feed: WatchedFeed, settings: Settings, fetcher: Fetcher, report: Report):
    """Fetch one article and ingest it; remember the address whatever happened."""
    from suivi.sources import batch

    try:
        page = fetcher.get(url, delay=feed.rate_limit, max_bytes=settings.max_page_bytes)
        data = _document(page)
    except WatchError as error:
        report.failures.append((url, error))
        _remember(url, feed, PageOutcome.FAILED, error=error)
        return
    summary = batch.run([batch.Item(page.url, data=data)])
    if summary.failures:
        error = WatchError(Problem.UNREADABLE, summary.failures[0][1][:300])
        report.failures.append((url, error))
        _remember(url, feed, PageOutcome.FAILED, error=error)
    elif summary.new_sources:
        report.stored += 1
        _remember(url, feed, PageOutcome.STORED, source_id=summary.source_ids[0])
    else:
        report.known += 1
        _remember(url, feed, PageOutcome.KNOWN, source_id=summary.source_ids[0])


def _document(page: Page) -> bytes:
    """The page's bytes as the reader decodes them (UTF-8 or the encoding the page declares).

    A charset given only by the server is applied here (the page is re-encoded in UTF-8);
    bytes that do not match the encoding claimed are refused rather than read garbled.
    """
    from suivi.reading import formats

    if page.content_type not in PAGE_TYPES:
        raise WatchError(Problem.NOT_HTML, page.content_type)
    html = formats.is_html(page.body)
    declared = formats.declared_encoding(page.body) if html else None
    served = (page.charset or "").lower().replace("_", "-")
    if not declared and served and served not in ("utf-8", "utf8"):
        try:
            return page.body.decode(served).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            raise WatchError(Problem.ENCODING, served) from None
    try:
        formats.decode(page.body, html)
    except formats.ReadingError:
        raise WatchError(Problem.ENCODING, declared or "UTF-8") from None
    return page.body


def _remember(url, feed, outcome, error: WatchError | None = None, source_id=None) -> None:
    values = {
        "url": url[:2000],
        "feed": feed,
        "outcome": outcome,
        "problem": error.problem if error else "",
        "detail": error.detail[:500] if error else "",
        "source_id": source_id,
    }
    key = url_key(url)
    try:
        with transaction.atomic():
            seen, created = SeenPage.objects.get_or_create(url_key=key, defaults=values)
    except IntegrityError:  # another run met it at the same moment
        return
    if not created:
        values["attempts"] = seen.attempts + 1
        SeenPage.objects.filter(pk=seen.pk).update(**values, seen_at=timezone.now())


def _save_state(feed: WatchedFeed, report: Report, page: Page | None) -> None:
    """Write how the read went, without touching the configuration, its version or history.

    The validators (ETag, Last-Modified) are kept only when every new article was taken:
    otherwise a 304 next time would hide the articles left for later.
    """
    state = {
        "last_read_at": timezone.now(),
        "last_status": report.status,
        "last_found": report.found,
        "last_new": report.stored,
        "last_problem": "",
        "last_detail": "",
    }
    problem = report.problem or (report.failures[-1][1] if report.failures else None)
    if problem is not None:
        where = "" if report.problem else report.failures[-1][0]
        detail = ", ".join(part for part in (problem.detail, where) if part)
        state.update(last_problem=problem.problem, last_detail=detail[:500])
    if page is not None and page.status == 200:
        complete = not report.deferred and not report.failures
        state["etag"] = page.etag[:500] if complete else ""
        state["last_modified"] = page.last_modified[:100] if complete else ""
    WatchedFeed.objects.filter(pk=feed.pk).update(**state)
    for name, value in state.items():
        setattr(feed, name, value)
