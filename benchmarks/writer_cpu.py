"""CPU per document of the ingest writer alone (`batch.store_many`), with the proposals
ingest makes for each claim and without them, so the two costs can be told apart.

    suivi read --jsonl FOLDER > readings.jsonl
    SUIVI_DATA_DIR=<a copy of a register> python benchmarks/writer_cpu.py readings.jsonl [--no-proposals]

Stores the readings by batches of 64 (as Dask's writer does) into that register: use a
fresh copy for each run. Prints the CPU milliseconds per document.
"""

from __future__ import annotations

import argparse
import json
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("readings")
    parser.add_argument("--no-proposals", action="store_true")
    args = parser.parse_args()
    from suivi.cli import django_env

    django_env.setup()
    from suivi.sources import batch, ingest
    from suivi.sources.resolution import Proposal

    with open(args.readings, encoding="utf-8") as lines:
        readings = [json.loads(line) for line in lines if line.strip()]
    if args.no_proposals:
        ingest._proposal = lambda claim, proposals: Proposal(None, 1.0)
    summary = batch.Summary()
    started = time.process_time()
    for start in range(0, len(readings), 64):
        chunk = readings[start : start + 64]
        outcomes = [(batch.Item(f"{start + n}"), one, None) for n, one in enumerate(chunk)]
        batch.store_many(summary, outcomes)
    cpu = time.process_time() - started
    per_doc = round(1000 * cpu / max(1, len(readings)), 2)
    print(
        json.dumps(
            {
                "documents": summary.new_sources,
                "proposals": not args.no_proposals,
                "writer_cpu_ms_per_doc": per_doc,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
