"""CPU milliseconds per request of the pages benchmarks/pages.py times, in process.

    python benchmarks/pages_cpu.py --data-dir DIR [--postgres URL] [--fill]
        [--agreements 10000] [--projects 50000] [--sources 100000]
        [--requests 20] [--rounds 5] [--profile PAGE]

The gunicorn benchmark's requests per second depend on whatever else the machine runs; the
CPU one request costs the server (Django test client, signed in as the administrator, same
pages and same data as pages.py) does not, so a change to a page can be judged on a busy
machine. `--fill` creates the register in DIR (and the PostgreSQL database, dropped and
recreated) with pages.py's data; without it DIR's register is reused. `--profile NAME`
prints the top of a cProfile of that page (a prefix of its name: home, list, search,
agreement, projects).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pages  # benchmarks/pages.py: the same data and pages

NAMES = ("home", "list", "search", "agreement", "projects")


def measure(client, path: str, requests: int, rounds: int = 1) -> float:
    """CPU ms per GET of `path`: the lowest of `rounds` means of `requests` GETs, after a
    warm-up of 5. On a busy machine the CPU a request takes grows with what the other
    processes do to the caches; the lowest round is the least disturbed."""
    for _ in range(5):
        assert client.get(path).status_code == 200, path
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(requests):
            client.get(path)
        best = min(best, 1000 * (time.process_time() - start) / requests)
    return best


def calls(client, path: str, requests: int = 5) -> float:
    """Python function calls per GET of `path` (cProfile's count): unlike CPU time, the
    same on a quiet or a busy machine, so a change can be compared anywhere."""
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(requests):
        client.get(path)
    profile.disable()
    return pstats.Stats(profile).total_calls / requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--postgres", help="a PostgreSQL URL (dropped and recreated by --fill)")
    parser.add_argument("--fill", action="store_true")
    parser.add_argument("--agreements", type=int, default=10_000)
    parser.add_argument("--projects", type=int, default=50_000)
    parser.add_argument("--sources", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20, help="GETs a round")
    parser.add_argument("--rounds", type=int, default=5, help="the lowest round counts")
    parser.add_argument("--profile", help="a page to profile: " + ", ".join(NAMES))
    args = parser.parse_args()
    os.makedirs(args.data_dir, exist_ok=True)
    env = pages.environment(args.data_dir, args.postgres)
    if args.fill:
        if args.postgres:
            pages.recreate_postgres(args.postgres)
        print(f"filled in {pages.fill(env, args):.0f} s", flush=True)
    os.environ.update({k: v for k, v in env.items() if k.startswith("SUIVI_")})
    if not args.postgres:
        os.environ.pop("SUIVI_DATABASE_URL", None)
    from suivi.cli import django_env

    django_env.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    # No setup_test_environment(): its instrumented template rendering (a context copy and a
    # signal per template) is not what the server runs.
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username="admin"))
    detail = re.search(r'href="(/agreements/\d+/)"', client.get("/agreements/").text).group(1)
    paths = dict(zip(NAMES, (path or detail for _, path in pages.PAGES), strict=True))
    if args.profile:
        name = next(n for n in NAMES if n.startswith(args.profile))
        measure(client, paths[name], 1)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.requests):
            client.get(paths[name])
        profile.disable()
        stats = pstats.Stats(profile).sort_stats("cumulative")
        stats.print_stats(os.environ.get("PROFILE_FILTER", "suivi"), 40)
        stats.sort_stats("tottime").print_stats(25)
        return
    vendor = "PostgreSQL" if args.postgres else "SQLite"
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    print(
        f"{vendor} @ {commit}: CPU ms per request, lowest of {args.rounds} means of {args.requests}"
    )
    for name in NAMES:
        cpu = measure(client, paths[name], args.requests, args.rounds)
        print(f"  {name:10} {cpu:6.1f}  {calls(client, paths[name]):7.0f} calls", flush=True)


if __name__ == "__main__":
    main()
