"""Time to resolve a claim against registers of different sizes: ingest (propose) and accept.

    python benchmarks/resolution.py [--records 1000 100000] [--documents 200]
                                    [--database-url postgresql://...] [--window 1000]

For each size, a fresh register (SQLite in a temporary folder, or the PostgreSQL
database named, which is emptied first) gets that many synthetic records
(benchmarks/register.py), then --documents synthetic readings are ingested and
all their claims accepted by `review.accept_all` (as `suivi review accept-all`). Prints
milliseconds per claim for the ingest, and for the accepts over the first and the last
--window claims of the run and their ratio (the register grows as claims are accepted),
overall and by kind: accept-all takes the kinds in turn (parties first, agreements
late), so the overall first and last windows hold different kinds, and the ratio that
says whether a claim slows down as the register grows is the one of each kind.

Issue 12's figure (20,000 documents into 100,000 records), on PostgreSQL:

    python benchmarks/resolution.py --records 100000 --documents 20000 \
        --database-url postgresql://postgres@127.0.0.1:5432/<scratch database>
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["party", "person", "body", "agreement", "session", "quote"]


def measure(records: int, documents: int) -> dict:
    """Runs in a child process with SUIVI_DATA_DIR / SUIVI_DATABASE_URL already set."""
    from suivi.cli import django_env

    django_env.setup(initialised=False)
    django_env.migrate()
    from benchmarks.register import fill, readings
    from django.contrib.auth import get_user_model

    from suivi.core.actor import acting_as
    from suivi.sources.ingest import ingest_reading

    started = time.perf_counter()
    fill(records)
    filled = time.perf_counter() - started
    user = get_user_model().objects.create_user("bench", is_superuser=True)
    items = readings(documents)
    started = time.perf_counter()
    with acting_as(user):
        for item in items:
            ingest_reading(item)
    ingest_time = time.perf_counter() - started
    started = time.perf_counter()
    wall, cpu, kinds, queries = accept_timed(user)
    accept_time = time.perf_counter() - started
    return {
        "records": records,
        "fill_s": round(filled, 1),
        "claims": len(kinds),
        "ingest_ms_per_claim": round(1000 * ingest_time / max(1, len(kinds)), 2),
        "accept_s": round(accept_time, 1),
        "accept_ms_per_claim": _ms(wall),
        "accept_cpu_ms_per_claim": _ms(cpu),
        f"accept_first_{WINDOW}_last_{WINDOW}_ratio": _spread(wall),
        "accept_queries_per_claim": round(sum(queries) / max(1, len(queries)), 1),
        "by_kind queries per claim": {
            kind: round(statistics.mean(own), 1)
            for kind in ORDER
            if (own := [q for k, q in zip(kinds, queries, strict=True) if k == kind])
        },
        f"by_kind (claims, first {WINDOW}, last {WINDOW}, ratio; wall ms)": {
            kind: [len(own), *_spread(own)]
            for kind in ORDER
            if (own := [t for k, t in zip(kinds, wall, strict=True) if k == kind])
        },
        f"by_kind cpu (first {WINDOW}, last {WINDOW}, ratio; ms)": {
            kind: _spread([t for k, t in zip(kinds, cpu, strict=True) if k == kind])
            for kind in ORDER
            if kind in kinds
        },
    }


def accept_timed(user) -> tuple[list[float], list[float], list[str], list[int]]:
    """`review.accept_all` over every pending claim, the time from one claim to the next
    (commits included: they fall on the claim after them), wall and CPU, each kind, and
    the queries sent meanwhile (counted by a wrapper that costs a call a query).

    A suivi whose accept_all takes no `each` (before batching) is timed one `accept` a
    claim, which is what its accept_all did."""
    from django.db import connection

    from suivi.sources import review
    from suivi.sources.models import Claim, ClaimStatus

    wall, cpu, kinds, queries = [], [], [], []
    sent = [0, 0]  # queries so far, at the last claim

    def counted(execute, sql, params, many, context):
        sent[0] += 1
        return execute(sql, params, many, context)

    last = [time.perf_counter(), time.process_time()]

    def each(_claim_id: int, kind: str) -> None:
        now, now_cpu = time.perf_counter(), time.process_time()
        wall.append(now - last[0])
        cpu.append(now_cpu - last[1])
        kinds.append(kind)
        queries.append(sent[0] - sent[1])
        sent[1] = sent[0]
        last[:] = [now, now_cpu]

    with connection.execute_wrapper(counted):
        if "each" in inspect.signature(review.accept_all).parameters:
            review.accept_all(user, min_score=0, each=each)
            return wall, cpu, kinds, queries
        pending = Claim.objects.filter(status=ClaimStatus.PENDING).values_list("pk", "kind")
        for pk, kind in sorted(pending, key=lambda p: (ORDER.index(p[1]), p[0])):
            with contextlib.suppress(review.ReviewError):
                review.accept(pk, user)
            each(pk, kind)
    return wall, cpu, kinds, queries


def _ms(times: list[float]) -> float:
    return round(1000 * statistics.mean(times), 2)


WINDOW = 1000  # claims timed at the start and at the end of a run (--window)


def _spread(times: list[float]) -> list[float]:
    """Mean ms of the first and the last WINDOW claims (a tenth each when there are fewer
    than 2 × WINDOW), and last over first: does a claim get slower as the register grows?"""
    window = min(WINDOW, max(1, len(times) // 10)) if len(times) < 2 * WINDOW else WINDOW
    first, last = _ms(times[:window]), _ms(times[-window:])
    return [first, last, round(last / first, 2) if first else 0.0]


def _empty_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, nargs="+", default=[1000, 100000])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--database-url", help="a PostgreSQL database to empty and use")
    parser.add_argument("--window", type=int, default=1000, help="claims timed at each end")
    parser.add_argument(
        "--src", type=Path, default=ROOT / "src", help="the suivi source to time (another checkout)"
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    global WINDOW
    WINDOW = args.window
    if args.child is not None:
        import json

        print(json.dumps(measure(args.child, args.documents)))
        return 0
    for records in args.records:
        with tempfile.TemporaryDirectory() as data_dir:
            env = {**os.environ, "SUIVI_DATA_DIR": data_dir, "PYTHONPATH": f"{args.src}:{ROOT}"}
            env.pop("SUIVI_DATABASE_URL", None)
            if args.database_url:
                _empty_postgres(args.database_url)
                env["SUIVI_DATABASE_URL"] = args.database_url
            command = [sys.executable, __file__, "--child", str(records)]
            command += ["--documents", str(args.documents), "--window", str(args.window)]
            result = subprocess.run(command, env=env, capture_output=True, text=True)
            if result.returncode:
                print(result.stderr[-3000:], file=sys.stderr)
                return 1
            print(result.stdout.strip().splitlines()[-1], flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
