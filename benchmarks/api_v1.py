"""API v1 list speed: time per page and queries per page as the register grows.

    python benchmarks/api_v1.py [--agreements 5000] [--pages 20]

Fills a fresh SQLite register (in a temporary folder) with agreements, each with two parties
and a sector, then reads pages of 100 (the largest) as an administrator and as a delegate,
first, middle and last pages. A page should cost the same whatever the page number and the
register's size: the same number of queries, and milliseconds, not seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def setup(folder: str) -> None:
    os.environ["SUIVI_DATA_DIR"] = folder
    os.environ.pop("SUIVI_DATABASE_URL", None)
    from suivi.cli import django_env

    django_env.setup(folder, check_database=False)
    django_env.migrate()


def fill(count: int):
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from suivi.access.models import Membership
    from suivi.agreements.models import Agreement
    from suivi.parties.models import Party

    mali, russia = Party.objects.get(code="MLI"), Party.objects.get(code="RUS")
    with transaction.atomic():
        rows = Agreement.objects.bulk_create(
            Agreement(
                kind="agreement",
                title_fr=f"Accord {n}",
                confidentiality="party" if n % 3 == 0 else "public",
                restricted_to=russia if n % 3 == 0 else None,
            )
            for n in range(count)
        )
        links = Agreement.parties.through
        links.objects.bulk_create(
            links(agreement_id=row.pk, party_id=party.pk)
            for row in rows
            for party in (mali, russia)
        )
        sectors = Agreement.sectors.through
        sectors.objects.bulk_create(
            sectors(agreement_id=row.pk, sector_id="energy") for row in rows
        )
    users = get_user_model()
    admin = users.objects.create_superuser("bench-admin", password="x")
    delegate = users.objects.create_user("bench-delegate", password="x")
    Membership.objects.create(user=delegate, role="delegate", party=mali)
    return admin, delegate


def measure(user, pages: int) -> tuple[float, int, int]:
    """Median milliseconds and queries per page of 100, over first, middle and last pages."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from suivi.access import tokens

    client = Client()
    headers = {
        "HTTP_AUTHORIZATION": f"Bearer {tokens.issue(user, days=1)[1]}",
        "HTTP_HOST": "localhost",
    }
    count = client.get("/api/v1/agreements/", {"page_size": 1}, **headers).json()["count"]
    last = max(1, -(-count // 100))
    numbers = [1, last // 2 or 1, last] * max(1, pages // 3)
    times, queries = [], []
    for number in numbers:
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(
                "/api/v1/agreements/", {"page": number, "page_size": 100}, **headers
            )
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.content[:200]
        queries.append(len(captured))
    return statistics.median(times), max(queries), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=5000)
    parser.add_argument("--pages", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        setup(folder)
        admin, delegate = fill(args.agreements)
        for name, user in (("admin", admin), ("delegate", delegate)):
            ms, queries, count = measure(user, args.pages)
            print(f"{name:9} {count:6} visible  {ms:7.1f} ms/page of 100  {queries} queries/page")


if __name__ == "__main__":
    main()
