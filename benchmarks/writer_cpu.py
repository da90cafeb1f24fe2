"""CPU per document of the ingest writer alone (`batch.store_many`): what a Dask run's one
writer costs the machine its workers share.

    suivi read --jsonl FOLDER > readings.jsonl
    SUIVI_DATA_DIR=<a copy of a register> python benchmarks/writer_cpu.py readings.jsonl

The writer resolves no claim (`suivi.sources.suggestions`: the queue and accept do); it
used to, for 13 ms a document, and `--no-proposals` told that cost apart. It is gone.

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
    args = parser.parse_args()
    from suivi.cli import django_env

    django_env.setup()
    from suivi.sources import batch

    with open(args.readings, encoding="utf-8") as lines:
        readings = [json.loads(line) for line in lines if line.strip()]
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
                "writer_cpu_ms_per_doc": per_doc,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
