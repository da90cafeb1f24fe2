"""Lost updates and duplicated agenda points under real concurrency, against gunicorn.

    python benchmarks/lost_updates.py [--database postgresql://postgres@127.0.0.1:5432/DB]
                                      [--src PATH] [--rounds 20]

Serves a fresh register with gunicorn (2 sync workers, each its own process and database
connection) and races two clients, round after round:

- two PATCHes of one action item through the API, one sets the status, the other the due
  date (signed-in browsers: main refused Bearer tokens there, and the race should run on both);
- two edits of one session through its page form, one sets the place, the other the end
  (two signed-in browsers, CSRF and all);
- two "Compléter depuis le registre" (`agenda/build`) of one session's empty agenda.

An update is *applied* when its value is there once both are done, *refused* when it was
answered 409/412, and *lost* when it was answered as a success yet its value is not there.
A duplicate is an agenda point drawn twice from the same record. `--src` serves another
checkout's code (e.g. main's, to see the figures before the fix). The test suite runs the
same races (tests/concurrency/test_lost_updates.py) and asserts 0 lost, 0 duplicates, 0 5xx.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "race-admin-2026-pw"
ACTIONS_TO_CARRY = 60

SETUP = """
import json, os
from datetime import date
from suivi.cli import django_env
django_env.setup(initialised=False)
django_env.migrate()
from django.contrib.auth import get_user_model
from suivi.commissions.models import ActionItem, Commission, Session
from suivi.parties.models import Party
admin = get_user_model().objects.create_superuser("racer", password=os.environ["RACE_PW"])
second = get_user_model().objects.create_superuser("rival", password=os.environ["RACE_PW"])
commission = Commission.objects.create(name="Commission mixte", cadence_months=6)
commission.parties.set(Party.objects.filter(code__in=["MLI", "RUS"]))
first = Session.objects.create(commission=commission, number=1, start=date(2025, 1, 15),
                               place="Bamako", status="held")
action = ActionItem.objects.create(session=first, title="Action disputee", due=date(2030, 1, 1))
for n in range(int(os.environ["RACE_CARRIED"])):
    ActionItem.objects.create(session=first, title=f"Action ouverte {n}")
rounds = int(os.environ["RACE_ROUNDS"])
for number in range(2, 2 + rounds):
    Session.objects.create(commission=commission, number=number, start=date(2026, 1, number))
print(json.dumps({
    "commission": commission.pk, "action": action.pk, "rounds": rounds,
}))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Race:
    """What one kind of race gave: updates applied, refused, lost; answers by status."""

    sent: int = 0
    applied: int = 0
    refused: int = 0
    lost: int = 0
    statuses: Counter = field(default_factory=Counter)

    @property
    def errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)


@dataclass
class Figures:
    action_patches: Race
    action_if_match: Race
    session_forms: Race
    agenda_points: int
    agenda_duplicates: int
    agenda_errors: int

    def lines(self) -> list[str]:
        out = []
        for name, race in (
            ("action PATCH", self.action_patches),
            ("action PATCH with If-Match", self.action_if_match),
            ("session form", self.session_forms),
        ):
            out.append(
                f"{name}: {race.lost} of {race.sent} field updates lost, {race.applied} applied, "
                f"{race.refused} refused (409/412), {race.errors} 5xx; answers {dict(race.statuses)}"
            )
        out.append(
            f"agenda builds: {self.agenda_duplicates} duplicate points of {self.agenda_points}, "
            f"{self.agenda_errors} 5xx"
        )
        return out


class Server:
    """A fresh register served by gunicorn with 2 workers; no connection opened before forking."""

    def __init__(self, database: str | None, src: Path, rounds: int, workers: int = 2):
        self.folder = Path(tempfile.mkdtemp(prefix="suivi-race-"))
        self.src = src
        self.database = database
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "PYTHONPATH": str(src),
            "SUIVI_DATA_DIR": str(self.folder),
            "SUIVI_SECRET_KEY": "race-secret-key-for-tests-only-0123456789abcdef",
            "DJANGO_SETTINGS_MODULE": "suivi.conf.settings",
            "RACE_PW": PASSWORD,
            "RACE_CARRIED": str(ACTIONS_TO_CARRY),
            "RACE_ROUNDS": str(rounds),
        }
        self.env.pop("SUIVI_DATABASE_URL", None)
        if database:
            self.env["SUIVI_DATABASE_URL"] = database
        self.workers = workers
        self.process: subprocess.Popen | None = None
        self.ids: dict = {}

    def __enter__(self) -> Server:
        made = subprocess.run(
            [sys.executable, "-c", SETUP], env=self.env, capture_output=True, text=True, timeout=600
        )
        if made.returncode:
            raise RuntimeError(made.stderr[-3000:])
        self.ids = json.loads(made.stdout.strip().splitlines()[-1])
        command = [
            sys.executable, "-m", "gunicorn", "suivi.conf.wsgi:application",
            "--workers", str(self.workers), "--bind", f"127.0.0.1:{self.port}",
            "--timeout", "120",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/login/", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError("gunicorn did not answer")

    def __exit__(self, *exc) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _together(*calls):
    """Run the calls in threads released at the same instant; their results in order."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(index, call):
        barrier.wait()
        results[index] = call()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def race_action_patches(server: Server, rounds: int, if_match: bool = False) -> Race:
    """Status ‖ due date of one action item, `rounds` times, from two signed-in browsers;
    with `if_match`, each first reads the item's ETag and sends it back."""
    ids, race = server.ids, Race()
    url = f"/api/commissions/{ids['commission']}/action-items/{ids['action']}"
    listing = f"/api/commissions/{ids['commission']}/sessions/1/action-items"
    a, b = _browser(server, "racer"), _browser(server, "rival")
    try:
        for n in range(rounds):
            status = "in_progress" if n % 2 == 0 else "open"
            due = (date(2030, 1, 1 + int(if_match)) + timedelta(days=n + 1)).isoformat()
            headers_a, headers_b = ({}, {})
            if if_match:
                headers_a = {"If-Match": _etag(a, listing, ids["action"])}
                headers_b = {"If-Match": _etag(b, listing, ids["action"])}
            answers = _together(
                partial(a.patch, url, json={"status": status}, headers=headers_a),
                partial(b.patch, url, json={"due": due}, headers=headers_b),
            )
            row = next(r for r in a.get(listing).json() if r["id"] == ids["action"])
            there = (row["status"] == status, row["due"] == due)
            for answer, ok in zip(answers, there, strict=True):
                _count(race, answer.status_code, ok)
    finally:
        a.close()
        b.close()
    return race


def _etag(client: httpx.Client, listing: str, action: int) -> str:
    row = next(r for r in client.get(listing).json() if r["id"] == action)
    return f'"{row.get("version", 0)}"'


def _count(race: Race, status: int, there: bool) -> None:
    race.sent += 1
    race.statuses[status] += 1
    if status in (409, 412):
        race.refused += 1
    elif status < 400 and there:
        race.applied += 1
    elif status < 400:
        race.lost += 1


def _browser(server: Server, username: str) -> httpx.Client:
    client = httpx.Client(base_url=server.url, timeout=60, follow_redirects=False)
    page = client.get("/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)[1]
    signed = client.post(
        "/login/",
        data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    if signed.status_code != 302:
        raise RuntimeError(f"sign-in of {username} failed: {signed.status_code}")
    client.headers["X-CSRFToken"] = client.cookies["csrftoken"]  # for the API's session auth
    return client


def _form(page: str) -> dict:
    """The values a browser would send back from the session form it was shown."""
    data = dict(
        re.findall(r'<input type="(?:hidden|text|number|date)" name="(\w+)" value="([^"]*)"', page)
    )
    for name, block in re.findall(r'<select name="(\w+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', block)
        data[name] = chosen[1] if chosen else ""
    data.setdefault("end", "")
    return data


def race_session_forms(server: Server, rounds: int) -> Race:
    """Place ‖ end date of one session, through its edit page in two browsers."""
    ids, race = server.ids, Race()
    url = f"/commissions/{ids['commission']}/sessions/1/edit/"
    a, b = _browser(server, "racer"), _browser(server, "rival")
    try:
        for n in range(rounds):
            place = f"Lieu {n}"
            end = (date(2025, 1, 16) + timedelta(days=n)).isoformat()
            form_a, form_b = _form(a.get(url).text), _form(b.get(url).text)
            answers = _together(
                partial(a.post, url, data={**form_a, "place": place}),
                partial(b.post, url, data={**form_b, "end": end}),
            )
            shown = _form(a.get(url).text)
            for answer, ok in zip(
                answers, (shown["place"] == place, shown["end"] == end), strict=True
            ):
                _count(race, answer.status_code, ok)
    finally:
        a.close()
        b.close()
    return race


def race_agenda_builds(server: Server, rounds: int) -> tuple[int, int, int]:
    """Two builds at once of each of `rounds` empty agendas: points, duplicates, 5xx."""
    ids = server.ids
    base = f"/api/commissions/{ids['commission']}/sessions"
    points = duplicates = errors = 0
    a, b = _browser(server, "racer"), _browser(server, "rival")
    try:
        for number in range(2, 2 + rounds):
            build = f"{base}/{number}/agenda/build"
            answers = _together(partial(a.post, build), partial(b.post, build))
            errors += sum(answer.status_code >= 500 for answer in answers)
            agenda = a.get(f"{base}/{number}/agenda").json()
            keys = Counter(
                (p["kind"], p["action_item_id"], p["project_id"], p["milestone_id"], p["agreement_id"],
                 p["claim_id"])
                for p in agenda
            )  # fmt: skip
            points += len(agenda)
            duplicates += sum(count - 1 for count in keys.values())
    finally:
        a.close()
        b.close()
    return points, duplicates, errors


def measure(database: str | None = None, src: Path = ROOT / "src", rounds: int = 20) -> Figures:
    """Run the three races against a fresh register on `database` (None: SQLite file)."""
    with Server(database, src, rounds=max(2, rounds // 4)) as server:
        patches = race_action_patches(server, rounds)
        guarded = race_action_patches(server, rounds, if_match=True)
        forms = race_session_forms(server, rounds // 2)
        points, duplicates, errors = race_agenda_builds(server, server.ids["rounds"])
    return Figures(patches, guarded, forms, points, duplicates, errors)


class ScratchPostgres:
    """A database of its own beside `url`'s, created for one run and dropped after."""

    def __init__(self, url: str, suffix: str = "race"):
        import psycopg

        self.psycopg = psycopg
        head, _, name = url.rpartition("/")
        self.name = f"{name.split('?')[0]}_{suffix}_{os.getpid()}"
        self.admin = f"{head}/postgres"
        self.url = f"{head}/{self.name}"

    def __enter__(self) -> str:
        with self.psycopg.connect(self.admin, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            db.execute(f'CREATE DATABASE "{self.name}"')
        return self.url

    def __exit__(self, *exc) -> None:
        with self.psycopg.connect(self.admin, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", help="a PostgreSQL URL whose server gets a scratch database")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="code to serve")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    if args.database:
        with ScratchPostgres(args.database) as url:
            figures = measure(url, args.src, args.rounds)
    else:
        figures = measure(None, args.src, args.rounds)
    print("\n".join(figures.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
