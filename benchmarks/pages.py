"""Requests per second on the pages a secretariat uses all day, under `suivi serve` (gunicorn).

    python benchmarks/pages.py [--agreements 10000] [--projects 50000] [--sources 100000]
        [--requests 400] [--concurrency 4] [--workers 2]
        [--postgres postgresql://postgres@127.0.0.1:5432/h_uipages]

Fills a fresh register (SQLite, then PostgreSQL when `--postgres` names a database, which is
dropped and recreated) with agreements, projects and sources with claims through bulk_create,
serves it with gunicorn, signs in as the administrator and fetches, with `--concurrency`
clients: the home page, a filtered agreement list, a full-text search, an agreement page and
the project list. Prints requests per second and the median and p95 latency of each.
Targets (issue 13): each page >= 100 requests/s, p95 <= 100 ms with 2 workers and 4 clients.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "benchmark-password"

# Runs inside `suivi manage shell`: bulk inserts, a few thousand rows per statement.
FILL = """
import random
from datetime import date, timedelta
from decimal import Decimal
from django.db import transaction
from suivi.agreements.models import Agreement
from suivi.parties.models import Party
from suivi.projects.models import Project, Milestone
from suivi.sources.models import Source, Claim
from suivi.core.models import Sector

rng = random.Random(13)
AGREEMENTS, PROJECTS, SOURCES = {agreements}, {projects}, {sources}
parties = list(Party.objects.filter(code__in=["MLI", "RUS", "BFA", "NER", "SEN", "CIV"]))
sectors = list(Sector.objects.values_list("code", flat=True))
words = ["coopération", "énergie nucléaire civile", "santé", "éducation", "mines", "défense",
         "transport ferroviaire", "agriculture", "recherche scientifique", "télécommunications"]
kinds, statuses = ["agreement", "memorandum", "framework"], ["announced", "signed", "in_force"]
BATCH = 2000
def searchable(record):
    record.refresh_search_text()  # bulk_create sends no pre_save
    return record
with transaction.atomic():
    Agreement.objects.bulk_create(
        (searchable(Agreement(kind=rng.choice(kinds), status=rng.choice(statuses),
                   title_fr=f"Accord sur {{rng.choice(words)}} n° {{i}}",
                   title_en=f"Agreement on cooperation no. {{i}}",
                   summary=f"Accord {{i}} : {{rng.choice(words)}}, {{rng.choice(words)}}.",
                   signed_on=date(2000, 1, 1) + timedelta(days=i % 9000)))
         for i in range(AGREEMENTS)), batch_size=BATCH)
    agreement_ids = list(Agreement.objects.values_list("pk", flat=True))
    Through = Agreement.parties.through
    Through.objects.bulk_create(
        (Through(agreement_id=a, party_id=p.pk) for n, a in enumerate(agreement_ids)
         for p in (parties[n % 6], parties[(n + 1) % 6])), batch_size=BATCH)
    Sectors = Agreement.sectors.through
    Sectors.objects.bulk_create(
        (Sectors(agreement_id=a, sector_id=sectors[n % len(sectors)])
         for n, a in enumerate(agreement_ids)), batch_size=BATCH)
    Project.objects.bulk_create(
        (searchable(Project(title=f"Projet {{rng.choice(words)}} n° {{i}}", status="ongoing",
                 budget_amount=Decimal(rng.randrange(10**6, 10**11)), budget_currency="XOF",
                 start=date(2015, 1, 1) + timedelta(days=i % 3000)))
         for i in range(PROJECTS)), batch_size=BATCH)
    project_ids = list(Project.objects.values_list("pk", flat=True))
    Implements = Project.agreements.through
    Implements.objects.bulk_create(
        (Implements(project_id=p, agreement_id=agreement_ids[n % len(agreement_ids)])
         for n, p in enumerate(project_ids)), batch_size=BATCH)
    Milestone.objects.bulk_create(
        (Milestone(project_id=p, title="Étape", due=date(2024, 1, 1) + timedelta(days=n % 700))
         for n, p in enumerate(project_ids)), batch_size=BATCH)
    Source.objects.bulk_create(
        (Source(title=f"Article {{i}}", text=f"Texte {{i}} : {{rng.choice(words)}}.",
                content_hash=f"{{i:064x}}", language="fr")
         for i in range(SOURCES)), batch_size=BATCH)
    source_ids = list(Source.objects.values_list("pk", flat=True))
    Claim.objects.bulk_create(
        (Claim(source_id=s, kind=("agreement", "party")[n % 2], status=("pending", "accepted")[n % 2],
               facts={{"title": "Accord"}}, evidence="…", score=0.5)
         for n, s in enumerate(source_ids) for _ in range(2)), batch_size=BATCH)
# What a bulk load is followed by: the planner's statistics (PostgreSQL with autovacuum off,
# as on the test machines, would otherwise plan on an empty table's guesses; SQLite too).
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("ANALYZE")
print("filled", AGREEMENTS, PROJECTS, SOURCES)
"""

PAGES = (
    ("home", "/"),
    ("agreement list, filtered", "/agreements/?party=MLI&sector=energy&sort=-signed"),
    ("full-text search", "/agreements/?q=nucleaire"),
    ("agreement page", None),
    ("project list", "/projects/"),
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def recreate_postgres(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def environment(data_dir: str, database_url: str | None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SUIVI_DATA_DIR": data_dir}
    env["SUIVI_ADMIN_PASSWORD"] = PASSWORD
    env.pop("SUIVI_DATABASE_URL", None)
    if database_url:
        env["SUIVI_DATABASE_URL"] = database_url
    return env


def fill(env: dict[str, str], args: argparse.Namespace) -> float:
    start = time.perf_counter()
    run = [sys.executable, "-m", "suivi"]
    subprocess.run([*run, "init"], env=env, check=True, capture_output=True)
    script = FILL.format(agreements=args.agreements, projects=args.projects, sources=args.sources)
    subprocess.run(
        [*run, "manage", "shell", "-c", script], env=env, check=True, capture_output=True
    )
    return time.perf_counter() - start


def measure(base: str, cookies: dict, path: str, args: argparse.Namespace) -> str:
    latencies: list[float] = []
    # One client a thread: creating an httpx.Client costs ~20 ms of CPU (its TLS context),
    # which on a small machine starved the server the benchmark measures. gunicorn's sync
    # workers close each connection, so every request still opens its own.
    local = threading.local()
    sessions: list[httpx.Client] = []

    def fetch(_: int) -> None:
        if not hasattr(local, "session"):
            local.session = httpx.Client(base_url=base, cookies=cookies, timeout=60)
            sessions.append(local.session)
        start = time.perf_counter()
        response = local.session.get(path)
        latencies.append(time.perf_counter() - start)
        assert response.status_code == 200, (path, response.status_code)

    for _ in range(args.concurrency * 2):  # warm each worker's caches
        fetch(0)
    latencies.clear()
    start = time.perf_counter()
    with ThreadPoolExecutor(args.concurrency) as pool:
        list(pool.map(fetch, range(args.requests)))
    elapsed = time.perf_counter() - start
    # What the page showed, so a fast answer is seen to be a full one: its table rows.
    rows = sessions[0].get(path).text.count("<tr")
    for session in sessions:
        session.close()
    latencies.sort()
    return (
        f"{args.requests / elapsed:6.0f} req/s  median {statistics.median(latencies) * 1000:6.1f} ms"
        f"  p95 {latencies[int(len(latencies) * 0.95)] * 1000:6.1f} ms  {rows:3} table rows"
    )


def bench(label: str, database_url: str | None, args: argparse.Namespace) -> None:
    data_dir = tempfile.mkdtemp(prefix="suivi-bench-")
    if database_url:
        recreate_postgres(database_url)
    env = environment(data_dir, database_url)
    seconds = fill(env, args)
    print(
        f"== {label}: {args.agreements} agreements, {args.projects} projects, "
        f"{args.sources} sources with 2 claims each (filled in {seconds:.0f} s); "
        f"{args.workers} workers, {args.concurrency} clients, {args.requests} requests a page"
    )
    port = free_port()
    command = [sys.executable, "-m", "suivi", "serve", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", str(args.workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                httpx.get(base + "/login/", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        with httpx.Client(base_url=base) as client:
            page = client.get("/login/").text
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
            client.post(
                "/login/",
                data={"username": "admin", "password": PASSWORD, "csrfmiddlewaretoken": token},
            )
            cookies = dict(client.cookies)
            detail = re.search(r'href="(/agreements/\d+/)"', client.get("/agreements/").text)
        for name, path in PAGES:
            print(
                f"  {name:26} {measure(base, cookies, path or detail.group(1), args)}", flush=True
            )
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=10_000)
    parser.add_argument("--projects", type=int, default=50_000)
    parser.add_argument("--sources", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--postgres", help="a PostgreSQL URL to run on too (dropped, recreated)")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args()
    if not args.no_sqlite:
        bench("SQLite", None, args)
    if args.postgres:
        bench("PostgreSQL", args.postgres, args)


if __name__ == "__main__":
    main()
