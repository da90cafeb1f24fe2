"""Mixed clients for the production-server load test and `benchmarks/soak.py`.

Each client is one user (A's delegate, B's delegate or the administrator) signed in one way
(a Bearer token or a session cookie); it reads pages and the API and writes the records it
owns, until time or the request budget runs out. What it sees is tallied: statuses, latency,
the other party's marker words (a leak), its own party's (proof the check is not vacuous), and
every write with its outcome (tally.py), so that the register's final state can be compared
with the last acknowledged write of each (record, field).
"""

from __future__ import annotations

import itertools
import random
import re
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from html.parser import HTMLParser

import httpx

from tests.deploy.server import PASSWORD, ProductionServer
from tests.deploy.tally import ACK, REFUSED, REJECTED, UNKNOWN, Ledger, Report, Tally


class Budget:
    """Stops every client at a deadline or after a number of actions (1 to 3 requests each)."""

    def __init__(self, seconds: float, max_actions: int) -> None:
        self.deadline = time.monotonic() + seconds
        self._counter = itertools.count(1)
        self.max_actions = max_actions

    def take(self) -> bool:
        return time.monotonic() < self.deadline and next(self._counter) <= self.max_actions


class FormParser(HTMLParser):
    """The forms of a page: action and the values a browser would submit unchanged."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action") or "", "fields": {}})
        if not self.forms:
            return
        fields, name = self.forms[-1]["fields"], attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                fields[name] = attrs.get("value") or ""
        elif tag == "textarea" and name:
            self._textarea, fields[name] = name, ""
        elif tag == "select" and name:
            self._select = name
        elif (
            tag == "option" and self._select and ("selected" in attrs or self._select not in fields)
        ):
            fields[self._select] = attrs.get("value") or ""

    def handle_data(self, data):
        if self._textarea and self.forms:
            self.forms[-1]["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def forms(html: str) -> list[dict]:
    parser = FormParser()
    parser.feed(html)
    return parser.forms


@dataclass(frozen=True)
class Profile:
    """Who a client is, how it signs in, and what it does (name: weight)."""

    user: str  # a party code, or "admin"
    auth: str  # "bearer" or "session"
    actions: dict[str, int]
    owns: tuple[tuple[str, str, int, str], ...] = ()  # (kind, seed pool, slot, field) it writes


PROFILES = [
    Profile("MLI", "bearer", {"api": 6, "write": 2}, (("project", "MLI", 0, "description"),)),
    Profile(
        "RUS", "session", {"page": 5, "api": 2, "write": 2}, (("project", "RUS", 0, "description"),)
    ),
    Profile(
        "admin",
        "session",
        {"page": 3, "write": 3},
        (("agenda", "agenda_items", 0, "title"), ("action", "action_items", 0, "status")),
    ),
    Profile("RUS", "bearer", {"api": 6, "write": 2}, (("project", "RUS", 1, "description"),)),
    Profile(
        "MLI", "session", {"page": 5, "api": 2, "write": 2}, (("project", "MLI", 1, "description"),)
    ),
    Profile(
        "admin",
        "bearer",
        {"api": 4, "write": 3},
        (
            ("project", "public_projects", 0, "description"),
            ("project", "shared_projects", 0, "description"),
        ),
    ),
    Profile(
        "admin",
        "session",
        {"page": 3, "api": 1, "write": 3},
        (("project", "shared_projects", 0, "end"), ("action", "action_items", 0, "due")),
    ),
    Profile("MLI", "session", {"page": 6, "api": 1}),
]
GROUP = len(PROFILES)  # clients per group; each group owns its own set of seeded records


class Client:
    """One user's connection to the server, doing its profile's mix until the budget ends."""

    def __init__(self, server: ProductionServer, profile: Profile, group: int, ledger: Ledger):
        self.server, self.profile, self.ledger = server, profile, ledger
        self.seed = server.seed
        self.party = None if profile.user == "admin" else profile.user
        self.username = self.seed["delegates"][self.party] if self.party else "admin"
        self.name = f"{self.username}/{profile.auth}/{group}"
        self.tally = Tally()
        self.random = random.Random(f"{self.name}")
        self.http = httpx.Client(base_url=server.url, timeout=60, follow_redirects=False)
        self.etags: dict[tuple[str, int], str] = {}
        self.conditional = False  # whether the server has shown it speaks If-Match
        self.sent = itertools.count(1)
        prefixes = self.seed["prefixes"]
        self.forbidden = self.own = None
        if self.party:
            other = next(code for code in prefixes if code != self.party)
            self.forbidden = re.compile(prefixes[other] + "[0-9a-f]{8}")
            self.own = re.compile(prefixes[self.party] + "[0-9a-f]{8}")
        self.targets = [
            (kind, self._pool(pool)[slot + group * self._width(pool)], name)
            for kind, pool, slot, name in profile.owns
        ]

    def _pool(self, pool: str) -> list[int]:
        return self.seed["party_projects"][pool] if pool in ("MLI", "RUS") else self.seed[pool]

    @staticmethod
    def _width(pool: str) -> int:
        """How many records of a pool one group's clients own."""
        return 2 if pool in ("MLI", "RUS") else 1

    # -- transport -----------------------------------------------------------------------

    def request(self, method: str, path: str, **kwargs) -> httpx.Response | None:
        if self.profile.auth == "bearer":
            kwargs.setdefault("headers", {})["Authorization"] = (
                f"Bearer {self.server.tokens[self.username]}"
            )
        elif method not in ("GET", "HEAD"):
            kwargs.setdefault("headers", {})["X-CSRFToken"] = self.http.cookies.get("csrftoken", "")
        started = time.perf_counter()
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            self.tally.requests += 1
            self.tally.transport_errors.append(f"{self.name} {method} {path}: {error!r}")
            return None
        self.tally.requests += 1
        elapsed = time.perf_counter() - started
        self.tally.latencies.append(elapsed)
        route = f"{method} {re.sub(r'[0-9]+', '{id}', path.split('?')[0])}"
        self.tally.by_route.setdefault(route, []).append(elapsed)
        self.tally.statuses[response.status_code] += 1
        if response.status_code >= 500:
            self.tally.server_errors.append(
                f"{self.name} {method} {path} -> {response.status_code}: {response.text[:300]!r}"
            )
        self.inspect(method, path, response)
        return response

    def inspect(self, method: str, path: str, response: httpx.Response) -> None:
        if not self.party:
            return
        body = response.text
        for leaked in set(self.forbidden.findall(body)):
            self.tally.leaks.append(
                f"{self.name} {method} {path} -> {response.status_code}: {leaked}"
            )
        if self.own.search(body):
            self.tally.own_markers_seen[self.party] += 1

    def sign_in(self) -> bool:
        """Sign in through the login page as a browser does; False (and tallied) if refused."""
        if self.profile.auth != "session":
            return True
        page = self.request("GET", "/login/")
        form = (
            next((f for f in forms(page.text) if "username" in f["fields"]), None) if page else None
        )
        if form is not None:
            data = {**form["fields"], "username": self.username, "password": PASSWORD}
            answer = self.request("POST", "/login/", data=data)
            if answer is not None and answer.status_code == 302:
                return True
        self.tally.transport_errors.append(f"{self.name} could not sign in")
        return False

    # -- the mix ---------------------------------------------------------------------------

    def run(self, budget: Budget) -> None:
        if not self.sign_in():
            return
        names, weights = zip(*self.profile.actions.items(), strict=True)
        while budget.take():
            action = self.random.choices(names, weights)[0]
            getattr(self, action)()
        self.http.close()

    def api(self) -> None:
        c, n = self.seed["commission"], self.seed["session"]
        paths = [
            "/api/agreements/",
            "/api/projects/",
            "/api/commissions/",
            f"/api/commissions/{c}/sessions",
            f"/api/commissions/{c}/sessions/{n}/agenda",
            f"/api/commissions/{c}/sessions/{n}/decisions",
            f"/api/commissions/{c}/sessions/{n}/action-items?carried_over=true",
            f"/api/agreements/{self.random.choice(self.seed['agreements'])}",
            f"/api/projects/{self.random.choice(self.seed['projects'])}",
        ]
        self.request("GET", self.random.choice(paths))

    def page(self) -> None:
        c, n = self.seed["commission"], self.seed["session"]
        paths = [
            "/",
            "/agreements/",
            "/agreements/?q=r%C3%A9serv%C3%A9",
            "/projects/",
            "/commissions/",
            f"/commissions/{c}/",
            f"/commissions/{c}/sessions/{n}/",
            f"/agreements/{self.random.choice(self.seed['agreements'])}/",
            f"/projects/{self.random.choice(self.seed['projects'])}/",
        ]
        self.request("GET", self.random.choice(paths))

    def write(self) -> None:
        kind, pk, name = self.random.choice(self.targets)
        value = self.next_value(name)
        if kind == "agenda":
            outcome = self.write_page_form(pk, name, value)
        else:
            outcome = self.write_api(kind, pk, name, value)
        self.tally.writes[outcome] += 1
        self.ledger.record((kind, pk, name), value, outcome)

    def next_value(self, name: str) -> str:
        n = next(self.sent)
        if name == "end":
            return (date(2027, 1, 1) + timedelta(days=n)).isoformat()
        if name == "due":
            return (date(2026, 6, 1) + timedelta(days=n)).isoformat()
        if name == "status":
            return ("open", "in_progress")[n % 2]
        if self.party:  # what a delegate writes is its party's: a marker the other must not see
            return f"{self.seed['prefixes'][self.party]}{n:08x} {self.name}"
        return f"{self.name} n° {n}"

    def write_api(self, kind: str, pk: int, name: str, value: str) -> str:
        c = self.seed["commission"]
        path = (
            f"/api/projects/{pk}"
            if kind == "project"
            else f"/api/commissions/{c}/action-items/{pk}"
        )
        if self.conditional and (kind, pk) not in self.etags:
            self.learn_etag(kind, pk, path)
        headers = {"If-Match": self.etags[(kind, pk)]} if (kind, pk) in self.etags else {}
        response = self.request("PATCH", path, json={name: value}, headers=headers)
        return self.outcome(kind, pk, response, f"PATCH {path}")

    def learn_etag(self, kind: str, pk: int, path: str) -> None:
        """Where the server speaks If-Match, read the record's ETag before changing it."""
        response = self.request("GET", path)
        if response is not None and "ETag" in response.headers:
            self.etags[(kind, pk)] = response.headers["ETag"]

    def write_page_form(self, pk: int, name: str, value: str) -> str:
        c, n = self.seed["commission"], self.seed["session"]
        path = f"/commissions/{c}/sessions/{n}/agenda/{pk}/edit/"
        page = self.request("GET", path)
        if page is None or page.status_code != 200:
            return UNKNOWN if page is None or page.status_code >= 500 else REJECTED
        form = next((f for f in forms(page.text) if name in f["fields"]), None)
        if form is None:
            self.tally.rejected.append(f"{self.name} GET {path}: no form with {name}")
            return REJECTED
        answer = self.request("POST", form["action"] or path, data={**form["fields"], name: value})
        # Saved means redirected; the form shown again (200 or 400) means not saved.
        return self.outcome("agenda", pk, answer, f"POST {path}", saved=(302, 303))

    def outcome(
        self,
        kind: str,
        pk: int,
        response: httpx.Response | None,
        what: str,
        saved: tuple[int, ...] = (200, 201, 204),
    ) -> str:
        if response is None or response.status_code >= 500:
            return UNKNOWN
        if "ETag" in response.headers:
            self.conditional = True
            self.etags[(kind, pk)] = response.headers["ETag"]
        if response.status_code in (409, 412, 428):  # refused as a conflict: not applied, not lost
            self.conditional = True
            self.etags.pop((kind, pk), None)
            return REFUSED
        if response.status_code in saved:
            return ACK
        self.tally.rejected.append(
            f"{self.name} {what} -> {response.status_code}: {response.text[:200]}"
        )
        return REJECTED


def final_state(server: ProductionServer, ledger: Ledger) -> dict[tuple[str, int, str], str]:
    """Read back every written (record, field) as the administrator, over a signed-in session."""
    reader = Client(server, Profile("admin", "session", {}), 0, ledger)
    if not reader.sign_in():
        raise RuntimeError(
            f"the administrator cannot sign in to read back:\n{server.log()[-3000:]}"
        )
    c, n = server.seed["commission"], server.seed["session"]
    rows = {}
    for kind, path in (
        ("agenda", f"/api/commissions/{c}/sessions/{n}/agenda"),
        ("action", f"/api/commissions/{c}/sessions/{n}/action-items"),
    ):
        rows.update({(kind, row["id"]): row for row in reader.http.get(path).json()})
    final = {}
    for kind, pk, name in ledger.entries:
        if kind == "project":
            rows[(kind, pk)] = reader.http.get(f"/api/projects/{pk}").json()
        value = rows[(kind, pk)].get(name)
        final[(kind, pk, name)] = "" if value is None else str(value)
    reader.http.close()
    return final


def soak(server: ProductionServer, clients: int, seconds: float, max_actions: int) -> Report:
    """Run `clients` mixed clients against `server` and check the register afterwards."""
    ledger = Ledger()
    team = [Client(server, PROFILES[i % GROUP], i // GROUP, ledger) for i in range(clients)]
    budget = Budget(seconds, max_actions)
    started = time.monotonic()
    threads = [threading.Thread(target=client.run, args=(budget,)) for client in team]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    tally = Tally()
    for client in team:
        tally.merge(client.tally)
    return Report(
        server.vendor, clients, elapsed, tally, ledger.lost_updates(final_state(server, ledger))
    )


def groups(clients: int) -> int:
    """How many sets of records the seed must give for `clients` clients."""
    return -(-clients // GROUP)
