"""The marker crawl from outside, on what users run: `suivi serve` (2 gunicorn workers).

On PostgreSQL when SUIVI_TEST_DATABASE_URL is set, else SQLite. The served register holds
party A's restricted records of every kind (tests/access/server_seed.py). A's delegate
crawls first, so that whatever a worker remembers (drop-downs, counts, pages) was computed
for A; then B's delegate, signed in through the login page and with a Bearer token, reads
every link and GET form from the home page, every URL pattern with every id, every GET
operation of both APIs (with a search for each marker), the pickers and its calendar. B
meets no marker of A (nor of the deploy seed's `ksiva` words), no link to A's records, no
5xx; A meets its own words in the same crawl, so the crawl looks where they show.
"""

from __future__ import annotations

import itertools
import json
import os
import re

import httpx
import pytest

from tests.access import crawl
from tests.access.crawl import Report
from tests.deploy.clients import forms
from tests.deploy.server import PASSWORD, ProductionServer

pytestmark = pytest.mark.slow


class Answer:
    """An httpx answer shaped as the crawl reads a Django test response."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content = response.content
        self.streaming = False
        self._headers = response.headers

    def get(self, name: str, default: str = "") -> str:
        return self._headers.get(name, default)

    def json(self):
        return json.loads(self.content)


class HttpClient:
    """`get(path, query, **meta)` as Django's test client, over HTTP to the served app."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=60)

    def get(self, path: str, data: dict | None = None, **meta) -> Answer:
        headers = {}
        if "HTTP_AUTHORIZATION" in meta:
            headers["Authorization"] = meta["HTTP_AUTHORIZATION"]
        return Answer(self.http.get(path, params=data, headers=headers))

    def sign_in(self, username: str) -> None:
        page = self.http.get("/login/")
        form = next(f for f in forms(page.text) if "username" in f["fields"])
        data = {**form["fields"], "username": username, "password": PASSWORD}
        answer = self.http.post("/login/", data=data)
        assert answer.status_code == 302, f"{username} could not sign in: {answer.text[:500]}"


@pytest.fixture(scope="module")
def served(postgres_template):
    """One server for the module: starting it costs more than the crawl."""
    url = os.environ.get("SUIVI_TEST_DATABASE_URL")
    with ProductionServer(url, workers=2, template=postgres_template) as server:
        (printed,) = server._run(["-m", "tests.access.server_seed"])
        server.register = json.loads(printed)
        yield server


def _crawl_api(client: HttpClient, seed: dict, report: Report, headers: dict) -> None:
    """Every list operation of both APIs, with each marker's search (ids by path are the
    in-process crawls')."""
    terms = [marker[:-1] for marker in _searched(seed)]
    by_name = {
        "commission_id": seed["commissions"],
        "number": seed["numbers"],
        "item_id": seed["agenda_items"],
        "action_id": seed["action_items"],
    }
    for schema_path in ("/api/openapi.json", "/api/v1/openapi.json"):
        schema = client.get(schema_path, **headers).json()
        for template, methods in schema["paths"].items():
            operation = methods.get("get")
            if operation is None or template.endswith(("openapi.json", "/docs")):
                continue
            names = re.findall(r"{(\w+)}", template)
            if names and not set(names) <= set(by_name):
                continue
            choices = [by_name[name] for name in names]
            parameters = [p for p in operation.get("parameters", []) if p["in"] == "query"]
            queries = [
                {},
                *({p["name"]: "true"} for p in parameters if p["schema"].get("type") == "boolean"),
            ]
            if any(p["name"] == "q" for p in parameters):
                queries += [{"q": term} for term in terms]
            for combination in itertools.product(*choices):
                path = template
                for name, value in zip(names, combination, strict=True):
                    path = path.replace(f"{{{name}}}", str(value))
                for query in queries:
                    answer = client.get(path, query, **headers)
                    where = f"GET {path}?{query}"
                    text = answer.get("Content-Disposition") + "\n" + crawl.text_of(answer)
                    report.add(where, answer.status_code, text)
                    if "q" in query:
                        url = f"{path}?q={query['q']}"
                        crawl._check_search(
                            client,
                            url,
                            answer.status_code,
                            crawl.text_of(answer),
                            seed["markers"],
                            report,
                            headers,
                        )


def _crawl_suggest(client: HttpClient, seed: dict, report: Report) -> None:
    from suivi.core.suggest import SOURCES

    for of, term, shape in itertools.product(
        SOURCES, [m[:-1] for m in _searched(seed)], ("options",)
    ):
        url = f"/suggest/?of={of}&format={shape}&name=x&q={term}"
        answer = client.get(url)
        text = crawl.text_of(answer)
        report.add(url, answer.status_code, text)
        crawl._check_search(client, url, answer.status_code, text, seed["markers"], report, {})


def _searched(seed: dict) -> list[str]:
    """One marker a record kind is searched for (each search is two requests)."""
    from tests.access.test_party_b_crawl import FIELDS

    kinds = ("agreement_fr", "project", "milestone", "minutes", "action", "agenda", "decision")
    return [FIELDS[kind] for kind in (*kinds, "document")]


def crawl_as(server, username: str, everything: bool = True) -> Report:
    """`username`'s crawl; without `everything`, its pages alone (to warm the workers up)."""
    seed, report = server.register, Report()
    pages = HttpClient(server.url)
    pages.sign_in(username)
    host = server.url.split("//")[1]
    crawl.crawl_pages(
        pages, None, seed["markers"], report, from_patterns=False, per_shape=3, hosts=(host,)
    )
    if not everything:
        return report
    _crawl_suggest(pages, seed, report)
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {server.tokens[username]}"}
    _crawl_api(HttpClient(server.url), seed, report, bearer)
    return report


def test_party_b_meets_nothing_of_party_a_on_the_served_app(served):
    seed = served.register
    own = crawl_as(served, "aminata", everything=False)  # first: workers remember it for A
    # What A's pages do not show: the review queue's claims, the watch list (the
    # secretariat's), downloads' stored file names (headers).
    unseen = {"QWCLAIM", "QWWATCH", "QWDOCFN", "QWDOCHF"}
    missed = set(seed["markers"]) - set(own.found(seed["markers"]))
    assert missed <= unseen, sorted(missed - unseen)
    report = crawl_as(served, "boris")
    errors = [(v.where, v.status) for v in [*own.visits, *report.visits] if v.status >= 500]
    assert not errors, f"server errors: {errors[:10]}\n{served.log()[-3000:]}"
    assert not report.where(crawl.SEARCH_FOUND), report.where(crawl.SEARCH_FOUND)[:10]
    leaks = report.found([*seed["markers"], "ksiva"])
    assert not leaks, "; ".join(f"{m} in {places[:5]}" for m, places in leaks.items())
    for pattern in seed["hidden_links"]:
        assert not report.where(pattern), f"{pattern} in {report.where(pattern)[:5]}"
    places = [visit.where for visit in report.visits if visit.status == 200]
    # Pages reached by links vary with the server's pace (a session file was read in one
    # run of two); the API and pickers are asked directly.
    for needle in ("/api/v1/agreements/", "/suggest/", "/commissions/"):
        assert any(needle in place for place in places), f"the crawl never read {needle}"
