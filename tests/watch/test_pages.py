"""The Veille pages: each source says, in the reader's language, when it was read, what it
gave and its last error; only the secretariat and administrators configure sources."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from django.test import Client
from django.urls import reverse

from suivi.watch.models import WatchedFeed

pytestmark = pytest.mark.django_db


def _client(user, language: str = "fr") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    return client


def _text(html: str) -> str:
    """What a reader sees: the page without tags and attributes."""
    body = html.split("<main>", 1)[-1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


@pytest.fixture
def feeds():
    read = WatchedFeed.objects.create(url="https://presse.example.org/rss", name="Presse")
    WatchedFeed.objects.filter(pk=read.pk).update(
        last_read_at=datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
        last_status="partial",
        last_found=12,
        last_new=3,
        last_problem="timeout",
        last_detail="20 s, https://presse.example.org/a/7",
    )
    never = WatchedFeed.objects.create(url="https://autre.example.org/sitemap.xml", kind="sitemap")
    return read, never


def test_the_list_says_when_each_source_was_read_and_its_last_error(story, feeds):
    response = _client(story.secretariat).get(reverse("watch:list"))
    assert response.status_code == 200
    text = _text(response.content.decode())
    assert "14 mars 2026 09:30" in text
    assert "lu en partie" in text
    assert "12 entrées, 3 nouvelles sources" in text
    assert "délai dépassé (20 s, https://presse.example.org/a/7)" in text
    assert "plan de site (sitemap)" in text and "jamais" in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), "no ISO date"
    shown = re.sub(r"https?://\S+", "", text).replace("plan de site (sitemap)", "")
    assert not re.search(r"\b(read|partial|failed|timeout|sitemap|feed)\b", shown), "no raw code"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["March 14, 2026", "partly read", "timed out"]),
        ("ru", ["14 марта 2026", "прочитан частично", "время ожидания истекло"]),
    ],
)
def test_the_list_speaks_english_and_russian(story, feeds, language, words):
    client = _client(story.secretariat, language)
    client.cookies["django_language"] = language
    text = _text(client.get(reverse("watch:list")).content.decode())
    for word in words:
        assert word in text


def test_the_secretariat_adds_a_source_and_history_keeps_it(story):
    client = _client(story.secretariat)
    response = client.post(
        reverse("watch:create"),
        {
            "url": "https://presse.example.org/rss",
            "name": "Presse",
            "kind": "feed",
            "enabled": "on",
            "rate_limit": 10,
        },
    )
    feed = WatchedFeed.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "watch:detail", args=[feed.pk]
    )
    client.post(
        reverse("watch:edit", args=[feed.pk]),
        {
            "url": feed.url,
            "name": "Presse du Sahel",
            "kind": "feed",
            "rate_limit": 10,
            "version": feed.version,
        },
    )
    feed.refresh_from_db()
    assert (feed.name, feed.enabled) == ("Presse du Sahel", False)
    assert [h.history_user for h in feed.history.all()] == [story.secretariat] * 2
    page = _text(client.get(reverse("watch:detail", args=[feed.pk])).content.decode())
    assert "Presse du Sahel" in page and "Historique" in page


@pytest.mark.parametrize("who", ["reader", "reviewer", "mli"])
def test_others_may_not_configure_sources(story, feeds, who):
    client = _client(getattr(story, who))
    assert client.get(reverse("watch:create")).status_code == 403
    feed = feeds[0]
    response = client.post(reverse("watch:edit", args=[feed.pk]), {"url": "https://x.example/"})
    assert response.status_code == 403
    assert WatchedFeed.objects.get(pk=feed.pk).url == "https://presse.example.org/rss"


def test_a_reviewer_sees_the_sources_a_reader_does_not(story, feeds):
    assert "Presse" in _client(story.reviewer).get(reverse("watch:list")).content.decode()
    reader = _client(story.reader)
    assert "presse.example.org" not in reader.get(reverse("watch:list")).content.decode()
    assert reader.get(reverse("watch:detail", args=[feeds[0].pk])).status_code == 404
