"""`suivi watch` against a local site: new articles ingested once, politely, and every bad
answer reported and skipped while the rest of the run goes on."""

from __future__ import annotations

import pytest

from suivi.sources.models import Source
from suivi.watch.models import ReadStatus, SeenPage, WatchedFeed
from suivi.watch.poll import run_once
from suivi.watch.problems import Problem
from tests.watch.server import Answer, article, rss

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def watched(site, path: str, kind: str = "feed") -> WatchedFeed:
    return WatchedFeed.objects.create(url=site.url(path), kind=kind, rate_limit=0)


def problems(report) -> dict[str, Problem]:
    return {url: error.problem for url, error in report.failures}


def test_new_articles_are_ingested_once(site, settings, fetcher):
    site.pages["/feed.xml"] = Answer(rss([site.url("/a/1.html"), site.url("/a/2.html")]))
    site.pages["/a/1.html"] = Answer(article(1))
    site.pages["/a/2.html"] = Answer(article(2))
    feed = watched(site, "/feed.xml")

    [first] = run_once(settings, fetcher)
    assert (first.found, first.stored, first.failures) == (2, 2, [])
    assert set(Source.objects.values_list("url", flat=True)) == {
        site.url("/a/1.html"),
        site.url("/a/2.html"),
    }
    feed.refresh_from_db()
    assert (feed.last_status, feed.last_found, feed.last_new) == (ReadStatus.READ, 2, 2)

    site.requests.clear()
    [second] = run_once(settings, fetcher)
    assert (second.found, second.stored, second.unseen) == (2, 0, 0)
    assert site.hits("/a/") == [], "an article already read is not fetched again"
    assert Source.objects.count() == 2


def test_an_unchanged_feed_answers_304_and_no_article_is_downloaded(site, settings, fetcher):
    site.pages["/feed.xml"] = Answer(
        rss([site.url("/a/1.html")]),
        etag='"v1"',
        headers={"Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT"},
    )
    site.pages["/a/1.html"] = Answer(article(1))
    feed = watched(site, "/feed.xml")
    run_once(settings, fetcher)
    site.requests.clear()

    [report] = run_once(settings, fetcher)
    assert report.status == ReadStatus.UNCHANGED
    [(path, headers)] = site.requests
    assert path == "/feed.xml"
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "Tue, 01 Dec 2026 10:00:00 GMT"
    feed.refresh_from_db()
    assert feed.last_status == ReadStatus.UNCHANGED and feed.last_found == 1


def test_robots_txt_is_obeyed(site, settings, fetcher):
    site.pages["/feed.xml"] = Answer(rss([site.url("/private/1.html"), site.url("/a/2.html")]))
    site.pages["/private/1.html"] = Answer(article(1))
    site.pages["/a/2.html"] = Answer(article(2))
    watched(site, "/feed.xml")

    [report] = run_once(settings, fetcher)
    assert site.hits("/private/") == []
    assert problems(report) == {site.url("/private/1.html"): Problem.ROBOTS}
    assert report.stored == 1
    assert all("suivi/" in headers["User-Agent"] for _, headers in site.requests)


def test_pages_too_large_or_too_slow_are_reported_and_skipped(site, settings, fetcher):
    links = [site.url(path) for path in ("/big.html", "/streamed.html", "/slow.html", "/ok.html")]
    site.pages["/feed.xml"] = Answer(rss(links))
    site.pages["/big.html"] = Answer(article(1) + b" " * 300_000)
    site.pages["/streamed.html"] = Answer(article(2) + b" " * 3_000_000, streamed=True)
    site.pages["/slow.html"] = Answer(article(3), delay=3)
    site.pages["/ok.html"] = Answer(article(4))
    feed = watched(site, "/feed.xml")

    [report] = run_once(settings, fetcher)
    assert problems(report) == {
        links[0]: Problem.TOO_LARGE,
        links[1]: Problem.TOO_LARGE,
        links[2]: Problem.TIMEOUT,
    }
    assert report.stored == 1
    assert list(Source.objects.values_list("url", flat=True)) == [links[3]]
    feed.refresh_from_db()
    assert feed.last_status == ReadStatus.PARTIAL
    assert SeenPage.objects.get(url=links[2]).problem == Problem.TIMEOUT


def test_bad_sources_are_reported_and_the_run_goes_on(site, settings, fetcher):
    site.pages["/notxml.xml"] = Answer(b"<html><body>Plus de flux ici</body></html>")
    site.pages["/loop-a.xml"] = Answer(status=302, headers={"Location": "/loop-b.xml"})
    site.pages["/loop-b.xml"] = Answer(status=302, headers={"Location": "/loop-a.xml"})
    site.pages["/error.xml"] = Answer(b"oops", status=503)
    site.pages["/good.xml"] = Answer(rss([site.url("/a/1.html")]), content_type="text/xml")
    site.pages["/a/1.html"] = Answer(article(1))
    for path in ("/notxml.xml", "/loop-a.xml", "/error.xml", "/good.xml"):
        watched(site, path)

    reports = {report.feed.url: report for report in run_once(settings, fetcher)}
    assert reports[site.url("/notxml.xml")].problem.problem == Problem.NOT_A_FEED
    assert reports[site.url("/loop-a.xml")].problem.problem == Problem.REDIRECT_LOOP
    assert reports[site.url("/error.xml")].problem.problem == Problem.HTTP
    assert reports[site.url("/good.xml")].stored == 1
    feed = WatchedFeed.objects.get(url=site.url("/loop-a.xml"))
    assert (feed.last_status, feed.last_problem) == (ReadStatus.FAILED, Problem.REDIRECT_LOOP)


def test_a_feed_that_is_not_xml_at_all(site, settings, fetcher):
    site.pages["/feed.xml"] = Answer(b"\x00\x01 binary garbage", content_type="application/rss+xml")
    watched(site, "/feed.xml")
    [report] = run_once(settings, fetcher)
    assert report.problem.problem == Problem.NOT_XML


def test_a_feed_of_100000_items_is_read_within_its_limits(site, settings, fetcher):
    links = [site.url(f"/n/{n}.html") for n in range(100_000)]
    site.pages["/huge.xml"] = Answer(rss(links), content_type="application/rss+xml")
    for n in range(3):
        site.pages[f"/n/{n}.html"] = Answer(article(100 + n))
    settings.max_new = 3
    feed = watched(site, "/huge.xml")

    [report] = run_once(settings, fetcher)
    assert report.found == settings.max_entries
    assert report.skipped_entries == 100_000 - settings.max_entries
    assert report.stored == 3 and report.deferred == settings.max_entries - 3
    assert len(site.hits("/n/")) == 3
    assert "remises au prochain passage" in report.line()
    assert "entrées au-delà de la limite non lues" in report.line()
    feed.refresh_from_db()
    assert feed.etag == "", "with articles left for later, the next run reads the feed again"


def test_a_page_that_lies_about_its_encoding_is_skipped(site, settings, fetcher):
    russian = "<html><head><meta charset='utf-8'></head><body><p>Москва и Бамако</p></body></html>"
    served_as_utf8 = "<html><body><p>Accord signé à Bamako</p></body></html>"
    site.pages["/feed.xml"] = Answer(
        rss([site.url(p) for p in ("/liar.html", "/header-liar.html", "/a/1.html")])
    )
    site.pages["/liar.html"] = Answer(russian.encode("cp1251"))
    site.pages["/header-liar.html"] = Answer(served_as_utf8.encode("latin-1"))
    site.pages["/a/1.html"] = Answer(article(1))
    watched(site, "/feed.xml")

    [report] = run_once(settings, fetcher)
    assert problems(report) == {
        site.url("/liar.html"): Problem.ENCODING,
        site.url("/header-liar.html"): Problem.ENCODING,
    }
    assert report.stored == 1


def test_an_article_in_a_redirect_loop_is_reported_and_the_others_stored(site, settings, fetcher):
    site.pages["/feed.xml"] = Answer(rss([site.url(p) for p in ("/loop-a.html", "/a/1.html")]))
    site.pages["/loop-a.html"] = Answer(status=302, headers={"Location": "/loop-b.html"})
    site.pages["/loop-b.html"] = Answer(status=301, headers={"Location": "/loop-a.html"})
    site.pages["/a/1.html"] = Answer(article(1))
    watched(site, "/feed.xml")

    [report] = run_once(settings, fetcher)
    assert problems(report) == {site.url("/loop-a.html"): Problem.REDIRECT_LOOP}
    assert report.stored == 1
    assert list(Source.objects.values_list("url", flat=True)) == [site.url("/a/1.html")]


def test_a_charset_given_by_the_server_only_is_applied(site, settings, fetcher):
    page = "<html><body><p>Le Mali et la Russie ont signé à Bamako un accord sur l'énergie.</p></body></html>"
    site.pages["/feed.xml"] = Answer(rss([site.url("/latin.html")]))
    site.pages["/latin.html"] = Answer(
        page.encode("latin-1"), content_type="text/html; charset=iso-8859-1"
    )
    watched(site, "/feed.xml")
    [report] = run_once(settings, fetcher)
    assert report.stored == 1
    assert "signé" in Source.objects.get().text


def test_a_sitemap_and_its_index(site, settings, fetcher):
    urlset = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{site.url('/a/1.html')}</loc></url></urlset>"
    ).encode()
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{site.url('/sitemap-1.xml')}</loc></sitemap></sitemapindex>"
    ).encode()
    site.pages["/sitemap.xml"] = Answer(index, content_type="application/xml")
    site.pages["/sitemap-1.xml"] = Answer(urlset, content_type="application/xml")
    site.pages["/a/1.html"] = Answer(article(1))
    watched(site, "/sitemap.xml", kind="sitemap")
    [report] = run_once(settings, fetcher)
    assert (report.found, report.stored) == (1, 1)


def test_a_surprise_in_one_source_leaves_the_others_read(site, settings, fetcher, monkeypatch):
    from suivi.watch import entries

    site.pages["/odd.xml"] = Answer(rss([]))
    site.pages["/good.xml"] = Answer(rss([site.url("/a/1.html")]))
    site.pages["/a/1.html"] = Answer(article(1))
    odd = watched(site, "/odd.xml")
    watched(site, "/good.xml")
    real = entries.listing

    def listing(data, base, limit):
        if base.endswith("/odd.xml"):
            raise RuntimeError("unexpected")
        return real(data, base, limit)

    monkeypatch.setattr(entries, "listing", listing)
    first, second = run_once(settings, fetcher)
    assert first.problem.problem == Problem.UNREADABLE and second.stored == 1
    odd.refresh_from_db()
    assert odd.last_status == ReadStatus.FAILED


def test_a_site_whose_robots_txt_does_not_answer_is_asked_once(site, settings, fetcher):
    site.pages["/robots.txt"] = Answer(b"", content_type="text/plain", delay=2)
    site.pages["/one.xml"] = site.pages["/two.xml"] = Answer(rss([]))
    watched(site, "/one.xml"), watched(site, "/two.xml")
    reports = run_once(settings, fetcher)
    assert [r.problem.problem for r in reports] == [Problem.TIMEOUT, Problem.TIMEOUT]
    assert "robots.txt" in reports[0].problem.message()
    assert len(site.hits("/robots.txt")) == 1 and site.hits("/one.xml") == []
