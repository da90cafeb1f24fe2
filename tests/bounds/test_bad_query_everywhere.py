"""Every page and every API v1 list, fed bad query values, answers a page, never a 500.

Routes are discovered from the URLconf and the schema (a page added later is covered); each
is asked with known and unknown ids, then with one hostile value at a time: pages past the
end or below one, unknown sorts and filter values, quotes, SQL and LIKE operators in the
search, impossible dates and months. As an administrator and as a delegate. Forms posted
with impossible dates come back with a message.
"""

from __future__ import annotations

import itertools

import pytest
from django.test import Client
from django.urls import reverse

from suivi.access import tokens
from tests.access import crawl
from tests.access.test_party_b_crawl import build_register
from tests.access.test_write_permissions import snapshot

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

HOSTILE_TEXT = [
    "'",
    '"',
    "a' OR '1'='1",
    "'; DROP TABLE agreements_agreement; --",
    "%",
    "_",
    "\\",
    "%%'\\_",
    "<script>alert(1)</script>",
    "-",
    "é" * 300,
    "x" * 20_000,
    "\x00",
    "a\x00b",
]
# Query strings no encoder writes: bytes that are not UTF-8, a NUL, a name that is not text.
RAW_QUERIES = ["q=%FF%FE%FD", "q=%C0%AF&page=%C0%AF", "q=%00&year=%00", "%FF=1", "party=%E9&q=%"]
BAD = {
    "page": ["999999", "-1", "0", "abc", "1e9", "99999999999999999999999"],
    "sort": ["unknown", "-", "--start", "-unknown", "pk;drop"],
    "ordering": ["unknown", "-"],
    "q": HOSTILE_TEXT,
    "month": ["2026-13", "2026-02-31", "abc", "-1", "99999-01", "2026"],
    "year": ["abc", "99999", "-1", "31/02/2026"],
    "party": ["ZZZ", "'", ""],
    "sector": ["astrology", "'"],
    "kind": ["zzz"],
    "status": ["zzz", "'"],
    "state": ["zzz"],
    "owner": ["zzz", "'"],
    "commission": ["abc", "999999", "99999999999999999999", "-1"],
    "session": ["abc", "-1"],
    "project": ["abc", "-1"],
    "upcoming": ["-1", "abc", "999999999"],
    "format": ["zzz", ""],
    "lang": ["xx", ""],
    "page_size": ["0", "-1", "1000", "abc"],
    "of": ["zzz"],
    "value": ["'", "99999999999999999999"],
    "date": ["31/02/2026", "2026-02-31"],
}
# Asked alone: a download (or its refusal) answers before the page reads anything else.
ALONE = {"export": ["zzz", "csv'", "iati", "csv", "xlsx"]}


def _page_urls(register) -> list[str]:
    """Every named page route, once with a record that exists and once with an unknown id."""
    urls = []
    for namespace, pattern in crawl._walk(crawl.get_resolver().url_patterns):
        if namespace.split(":")[0] in ("admin", "api", "api-v1"):
            continue
        names = list(pattern.pattern.converters)
        nested = {"pk": "commission_pk"} if len(names) > 1 else {}
        candidates = [crawl.ARGUMENTS[nested.get(n, n)](register) for n in names]
        route = f"{namespace}:{pattern.name}" if namespace else pattern.name
        picks = [[values[0], values[-1]] if values else [] for values in candidates]
        for values in itertools.product(*picks):
            urls.append(reverse(route, kwargs=dict(zip(names, values, strict=True))))
    return sorted(set(urls))


def _bundles() -> list[dict[str, str]]:
    """Every hostile value, a query string holding one value of each parameter at a time."""
    rounds = max(len(values) for values in BAD.values())
    return [{name: values[i % len(values)] for name, values in BAD.items()} for i in range(rounds)]


def _ask(client: Client, url: str, headers: dict | None = None) -> list[str]:
    """The page as it is, then with hostile values; the answers that were server errors.

    A bundle that fails is asked again one parameter at a time, to name the culprit.
    """
    failures = []
    headers = headers or {}
    response = client.get(url, **headers)
    if response.status_code >= 500:
        return [f"{url}: {response.status_code}"]
    if response.status_code != 200 or url.endswith((".ics", ".csv", ".xlsx", ".xml")):
        return []
    for bundle in _bundles():
        if client.get(url, bundle, **headers).status_code < 500:
            continue
        for name, value in bundle.items():
            response = client.get(url, {name: value}, **headers)
            if response.status_code >= 500:
                failures.append(f"{url}?{name}={value!r}: {response.status_code}")
        failures.append(f"{url} with {bundle}")
    for query in RAW_QUERIES:
        response = client.get(f"{url}?{query}", **headers)
        if response.status_code >= 500:
            failures.append(f"{url}?{query}: {response.status_code}")
    for name, values in ALONE.items():
        for value in values:
            response = client.get(url, {name: value}, **headers)
            if response.status_code >= 500:
                failures.append(f"{url}?{name}={value!r}: {response.status_code}")
    return failures


@pytest.mark.parametrize("who", ["admin", "delegate"])
def test_no_page_answers_a_server_error_to_bad_input(story, admin_user, who):
    register = build_register(story)
    user = admin_user if who == "admin" else story.rus
    register.viewer = user
    from suivi.commissions.models import FeedToken

    FeedToken.objects.create(user=user)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    failures = []
    for url in _page_urls(register):
        if url.startswith(crawl.SKIPPED_PATHS):
            continue
        failures += _ask(client, url)
    assert not failures, failures


@pytest.mark.parametrize("who", ["admin", "delegate"])
def test_no_api_v1_list_answers_a_server_error_to_bad_input(story, admin_user, who):
    build_register(story)
    user = admin_user if who == "admin" else story.rus
    _, token = tokens.issue(user, days=1)
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    client = Client(raise_request_exception=False)
    schema = client.get("/api/v1/openapi.json", **headers).json()
    failures = []
    for template, methods in schema["paths"].items():
        if "get" in methods and "{" not in template and not template.endswith(".json"):
            failures += _ask(client, template, headers)
        if "{" in template and "get" in methods:
            for value in ("0", "-1", "abc", "99999999999999999999", "1.5"):
                path = template.split("{")[0] + value + template.split("}")[1]
                response = client.get(path, **headers)
                if response.status_code >= 500:
                    failures.append(f"{path}: {response.status_code}")
    assert not failures, failures


IMPOSSIBLE_DATES = ["31/02/2026", "2026-02-31", "00/00/0000", "2026-13-01", "abc", "9999999-01-01"]


def test_forms_with_impossible_dates_answer_a_message(story, admin_user):
    """Every create form with a date, posted with impossible dates: a message, never a 500."""
    register = build_register(story)
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    commission = story.commission
    project = register.public_project
    session_url = reverse("commissions:session", args=[commission.pk, 1])
    forms = {
        reverse("agreements:create"): ("signed_on", {"kind": "agreement", "title_fr": "X"}),
        reverse("projects:create"): ("start", {"title": "X", "status": "planned"}),
        reverse("projects:milestone_create", args=[project.pk]): ("due", {"title": "X"}),
        reverse("commissions:session_create", args=[commission.pk]): (
            "start",
            {"number": 9, "status": "planned"},
        ),
        session_url + "actions/": ("due", {"title": "X"}),
    }
    failures = []
    before = snapshot()
    for url, (field, data) in forms.items():
        for value in IMPOSSIBLE_DATES:
            response = client.post(url, {**data, field: value})
            if response.status_code >= 500:
                failures.append(f"POST {url} {field}={value!r}: {response.status_code}")
    assert not failures, failures
    assert snapshot() == before, "a form took an impossible date"
