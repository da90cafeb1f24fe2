"""Every form of every page, posted with hostile values, answers a refusal or a save, never a 5xx.

The pages come from the URLconf (tests/bounds/test_bad_query_everywhere.py's walk, so a new
page is covered); each POST form they show is sent back as a browser would, with every
field set at once to one hostile value (impossible dates, money that is no number, a NUL,
a huge text, numbers out of range), as an administrator. A form that refuses changes
nothing that was stored; when a bundle fails, each field is tried alone to name it.
"""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from django.test import Client

from suivi.commissions.models import FeedToken
from tests.access import crawl
from tests.access.test_party_b_crawl import build_register
from tests.access.test_write_permissions import snapshot
from tests.bounds.test_bad_query_everywhere import _page_urls
from tests.deploy.clients import forms

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# An id past 64 bits: in a multiple choice (commission agreements, decision projects) it was
# a 500 (SQLite OverflowError, PostgreSQL out of range).
HOSTILE = ["31/02/2025", "abc", "a\x00b", "x" * 100_000, "-1", "1e400", "99999999999999999999"]
# Forms that change the visitor's state, not the register.
NOT_REGISTER = ("/logout/", "/i18n/setlang/", "/login/")


def _post_forms(client: Client, url: str) -> list[tuple[str, dict]]:
    page = client.get(url)
    if page.status_code != 200 or "html" not in page.get("Content-Type", ""):
        return []
    found = []
    for form in forms(page.content.decode()):
        target = urljoin(url, form["action"] or url)
        fields = {k: v for k, v in form["fields"].items() if k != "csrfmiddlewaretoken"}
        if fields and not target.startswith(NOT_REGISTER) and "?" not in form["action"]:
            found.append((target, fields))
    return found


def test_no_form_answers_a_server_error_or_loses_data(story, admin_user):
    register = build_register(story)
    register.viewer = admin_user
    FeedToken.objects.create(user=admin_user)
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    posted: set[tuple[str, tuple[str, ...]]] = set()
    failures = []
    for url in _page_urls(register):
        if url.startswith(crawl.SKIPPED_PATHS) or "/delete" in url:
            continue
        for target, fields in _post_forms(client, url):
            key = (target, tuple(sorted(fields)))
            if key in posted:
                continue
            posted.add(key)
            for value in HOSTILE:
                before = snapshot()
                response = client.post(target, {name: value for name in fields})
                if response.status_code >= 500:
                    failures += [f"POST {target} all={value[:20]!r}: {response.status_code}"]
                    for name in fields:
                        alone = client.post(target, {**fields, name: value})
                        if alone.status_code >= 500:
                            failures.append(f"POST {target} {name}={value[:20]!r}")
                elif response.status_code >= 400 and snapshot() != before:
                    failures.append(f"POST {target} refused ({response.status_code}) but wrote")
    assert len(posted) >= 10, sorted(posted)
    assert not failures, failures
