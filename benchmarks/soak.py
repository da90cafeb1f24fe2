"""Soak the production shape: `suivi serve` with 2 workers under mixed clients.

    python benchmarks/soak.py [--clients 16] [--seconds 60] [--database postgresql|sqlite]
                              [--database-url URL] [--workers 2]

Starts `suivi serve` on a register of its own (a PostgreSQL database derived from
--database-url, created and dropped; or SQLite in a temporary folder), seeded with two parties
whose restricted records carry marker words, then runs the delegates' and the administrator's
clients (pages and API, reads and writes, session cookie and Bearer). Prints requests/s,
p50/p95 latency, 5xx, markers leaked and updates lost; exits 1 unless the last three are 0.
The driver is the one the test suite runs (tests/deploy/test_production_server.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.deploy.clients import groups, soak
from tests.deploy.server import ProductionServer

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/suivi_soak"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--max-actions", type=int, default=10**7, help="stop after so many actions")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("SUIVI_SOAK_DATABASE_URL", DEFAULT_URL),
        help="PostgreSQL server to create the soak database on (its name is a prefix)",
    )
    args = parser.parse_args()
    url = args.database_url if args.database == "postgresql" else None
    with ProductionServer(url, workers=args.workers, owners=groups(args.clients)) as server:
        report = soak(server, args.clients, args.seconds, args.max_actions)
        log = server.log()
    for line in report.lines():
        print(line)
    print("slowest routes:")
    for line in report.slowest_routes():
        print(f"  {line}")
    samples = [
        ("5xx", report.tally.server_errors),
        ("no answer", report.tally.transport_errors),
        ("leaked", report.tally.leaks),
        ("lost", report.lost),
        ("rejected writes", report.tally.rejected),
    ]
    for label, found in samples:
        for line in found[:5]:
            print(f"  {label}: {line}")
    tracebacks = log.count("Traceback")
    if tracebacks:
        print(f"server log: {tracebacks} tracebacks; last:\n{log[log.rfind('Traceback') :][:2000]}")
    failed = report.server_errors or report.tally.leaks or report.lost
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
