"""Bulk reading: `suivi read --jsonl` against `suivi ingest --engine dask` with 1 and 2 workers,
worker memory as the run goes on, then accept-all into a register of 100,000 records.

    python benchmarks/bulk.py [--documents 20000] [--records 100000] [--workers 1 2]
                              [--skip-read] [--skip-dask-read] [--skip-accept]

--documents distinct articles are generated from templates (benchmarks/articles.py)
into a temporary folder. A register is made once (`suivi init`, then --records
synthetic records from benchmarks/register.py) and copied for each Dask run, so
both runs ingest into the same register. Prints, as JSON lines:
- read: documents/s of `suivi read --jsonl` over the folder (one process, models
  loaded once; the figure includes that loading);
- dask: per worker count, documents/s from the client's own progress (reading on
  the workers and storing here, after the cluster has started) and overall, the CPU
  per document of the client (the writer) and of the workers (the reading), and
  each worker's peak memory (RSS) up to a quarter of the documents and up to all;
- speed-up of the largest worker count over 1 worker, measured and CPU-bound (the rate
  the cores would give at the CPU per document measured after start-up, were they free);
- accept: every pending claim accepted by `review.accept_all` (batched commits, as
  `suivi review accept-all`), the mean milliseconds per claim of the first and the
  last 1,000 claims of the run and their ratio, overall and by kind (accept-all takes
  the kinds in turn: parties first, agreements last, so the overall windows compare
  different kinds), and the total time. benchmarks/resolution.py measures the same
  without the reading (synthetic readings ingested directly), which is quicker.

Scaled down: `--documents 2000 --records 10000` runs in minutes; `--skip-read`,
`--skip-accept`, `--skip-dask-read`, `--workers 2` (no 1-worker run) leave parts out.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ORDER = ["party", "person", "body", "agreement", "session", "quote"]  # accept_all's order
DONE = re.compile(r"^(\d+) ")


def environment(data: Path | None = None) -> dict:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "SUIVI_LANGUAGE": "fr"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("SUIVI_DATABASE_URL", None)
    if data is not None:
        env["SUIVI_DATA_DIR"] = str(data)
    return env


def suivi(*args: str, data: Path | None = None, **kwargs) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "suivi", *args]
    return subprocess.run(command, env=environment(data), check=True, **kwargs)


def read_rate(folder: Path, documents: int) -> dict:
    started = time.perf_counter()
    suivi("read", "--jsonl", str(folder), stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    return {"read_jsonl_docs_per_s": round(documents / elapsed, 1), "seconds": round(elapsed)}


def dask_run(folder: Path, data: Path, workers: int, documents: int) -> dict:
    """One `suivi ingest --engine dask`, its workers' memory sampled while it runs."""
    import psutil

    every = max(1, documents // 20)
    command = [sys.executable, "-m", "suivi", "ingest", str(folder), "--engine", "dask"]
    command += ["--workers", str(workers), "--progress-every", str(every)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=environment(data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peaks: dict[int, int] = {}
    quarter: dict[int, int] = {}
    cpu: dict[int, float] = {}  # seconds of CPU each process used, last seen
    steady: dict = {}  # the same once a quarter of the documents is done, and that count
    state = {"done": 0, "rate": 0.0, "running": True}

    def sample() -> None:
        while state["running"]:
            with _quiet():
                client = psutil.Process(process.pid)
                cpu[process.pid] = sum(client.cpu_times()[:2])
                for child in client.children(recursive=True):
                    if "spawn_main" in " ".join(child.cmdline()):
                        rss = child.memory_info().rss
                        peaks[child.pid] = max(peaks.get(child.pid, 0), rss)
                        cpu[child.pid] = sum(child.cpu_times()[:2])
            if state["done"] < documents // 4:
                quarter.clear()
                quarter.update(peaks)
            elif not steady:  # from here on, start-up (imports, models) is behind us
                steady.update(cpu, done=state["done"])
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    for line in process.stderr:
        match = DONE.match(line)
        if match:
            state["done"] = int(match.group(1))
            state["rate"] = float(re.search(r"\(([\d.]+)/s\)", line).group(1))
    out = process.stdout.read()
    process.wait()
    state["running"] = False
    sampler.join()
    elapsed = time.perf_counter() - started
    if process.returncode:
        raise SystemExit(f"ingest failed: {out[-2000:]}")
    mb = 1024 * 1024
    client_cpu = cpu.pop(process.pid, 0.0)
    later = documents - steady.pop("done", 0)
    steady_client = client_cpu - steady.pop(process.pid, 0.0)
    steady_workers = sum(cpu.values()) - sum(steady.get(pid, 0.0) for pid in cpu)
    return {
        # CPU per document whatever the machine's load: the client (its writer, the Dask
        # client and, on a local cluster, the scheduler) against the workers (reading).
        # The writer keeps up with N workers on N cores while its share stays small beside
        # theirs. "steady": from a quarter of the documents to the end, start-up left out
        # (each worker loads its models: with 2 workers, twice).
        "client_cpu_ms_per_doc": round(1000 * client_cpu / documents, 1),
        "workers_cpu_ms_per_doc": round(1000 * sum(cpu.values()) / documents, 1),
        "steady_client_cpu_ms_per_doc": round(1000 * steady_client / max(1, later), 1),
        "steady_workers_cpu_ms_per_doc": round(1000 * steady_workers / max(1, later), 1),
        "cpu_bound_docs_per_s": _cpu_bound(workers, steady_client, steady_workers, later),
        "workers": workers,
        "documents": documents,
        "docs_per_s_after_startup": state["rate"],
        "docs_per_s_overall": round(documents / elapsed, 1),
        "seconds": round(elapsed),
        f"peak_mb_per_worker_at_{documents // 4}": sorted(round(v / mb) for v in quarter.values()),
        f"peak_mb_per_worker_at_{documents}": sorted(round(v / mb) for v in peaks.values()),
        "summary": [line for line in out.splitlines() if ":" in line][:5],
    }


def _cpu_bound(workers: int, client: float, reading: float, documents: int) -> float:
    """Documents/s this machine's cores would give at the CPU measured, were they free:
    each worker reads one document at a time, and the client shares the cores with
    them. Unlike the rates, it does not depend on what else the machine runs."""
    if not documents or not reading:
        return 0.0
    per_worker = workers * documents / reading
    return round(min(per_worker, (os.cpu_count() or 1) * documents / (client + reading)), 1)


class _quiet:
    """Processes come and go while sampled: a vanished one is simply not counted."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace) -> bool:
        import psutil

        return kind is not None and issubclass(kind, psutil.Error)


def dask_read(folder: Path, workers: int, documents: int) -> None:
    """Runs in a child: the workers' reading alone (nothing stored), each worker's peak memory
    (its own maxrss) at a quarter of the documents and at the end."""
    from suivi.cli import django_env

    django_env.setup(check_database=False)  # collect's messages; no register is written
    from suivi.cli.progress import Progress
    from suivi.sources import batch, bulk

    def peak_mb() -> list[int]:
        return sorted(round(mb) for mb in client.run(_maxrss_mb).values())

    memory = {}

    class Sampled(Progress):
        def advance(self, count: int = 1) -> None:
            super().advance(count)
            if self.done >= documents // 4 and not memory:
                memory[f"peak_mb_per_worker_at_{documents // 4}"] = peak_mb()

    with bulk.client(None, workers) as client:
        progress = Sampled(documents, every=10**9, stream=open(os.devnull, "w"))  # noqa: SIM115
        bulk.run(batch.collect([str(folder)]), client, progress, store=lambda *args: None)
        rate = progress.rate()
        memory[f"peak_mb_per_worker_at_{documents}"] = peak_mb()
    print(json.dumps({"workers": workers, "read_only_docs_per_s": round(rate, 1), **memory}))


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fill(records: int) -> None:
    """Runs in a child with SUIVI_DATA_DIR set: the register's synthetic records."""
    from suivi.cli import django_env

    django_env.setup()
    from benchmarks.register import fill as fill_register

    print(json.dumps(fill_register(records)))


def accept() -> None:
    """Runs in a child: `review.accept_all` over every pending claim, each timed (commits
    included, as accept-all makes them), in accept-all's order: the mean ms per claim of
    the first and the last 1,000 claims and their ratio, overall and by kind."""
    from suivi.cli import django_env

    django_env.setup()
    from benchmarks.resolution import WINDOW, _spread, accept_timed
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(is_superuser=True).first()
    started = time.perf_counter()
    times, cpu, kinds, queries = accept_timed(user)
    total = time.perf_counter() - started

    def ms(values: list[float]) -> float:
        return round(1000 * statistics.mean(values), 2) if values else 0.0

    by_kind = {}
    for kind in ORDER:
        own = [t for k, t in zip(kinds, times, strict=True) if k == kind]
        if own:
            first, last, ratio = _spread(own)
            by_kind[kind] = {"claims": len(own), "first_ms": first, "last_ms": last, "ratio": ratio}
    first, last, ratio = _spread(times)
    print(
        json.dumps(
            {
                "claims": len(kinds),
                f"first_{WINDOW}_ms_per_claim": first,
                f"last_{WINDOW}_ms_per_claim": last,
                "last_over_first": ratio,
                "ms_per_claim": ms(times),
                "cpu_ms_per_claim": ms(cpu),
                "queries_per_claim": round(statistics.mean(queries), 1) if queries else 0.0,
                "by_kind": by_kind,
                "seconds": round(total),
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip-read", action="store_true", help="no `suivi read --jsonl` run")
    parser.add_argument("--skip-accept", action="store_true", help="no accept-all run")
    parser.add_argument(
        "--skip-dask-read", action="store_true", help="no reading-only Dask runs (nothing stored)"
    )
    parser.add_argument("--child", choices=["fill", "accept", "read"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "read":
        dask_read(args.folder, args.workers[0], args.documents)
        return 0
    if args.child == "fill":
        fill(args.records)
        return 0
    if args.child == "accept":
        accept()
        return 0
    from benchmarks import articles

    print(json.dumps({"cores": os.cpu_count(), "load_average": os.getloadavg()}), flush=True)
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        folder = root / "articles"
        articles.write(folder, args.documents)
        if not args.skip_read:
            print(json.dumps(read_rate(folder, args.documents)), flush=True)
        reading = {}
        for workers in [] if args.skip_dask_read else args.workers:
            child = [sys.executable, __file__, "--child", "read", "--folder", str(folder)]
            child += ["--workers", str(workers), "--documents", str(args.documents)]
            result = subprocess.run(
                child, env=environment(root / "scratch"), check=True, capture_output=True, text=True
            )
            line = result.stdout.strip().splitlines()[-1]
            reading[workers] = json.loads(line)["read_only_docs_per_s"]
            print(line, flush=True)
        if 1 in reading and len(reading) > 1:
            most = max(reading)
            print(
                json.dumps({f"reading_speedup_{most}_over_1": round(reading[most] / reading[1], 2)})
            )
        base = root / "register"
        suivi("init", data=base, stdout=subprocess.DEVNULL)
        started = time.perf_counter()
        child = [sys.executable, __file__, "--child", "fill", "--records", str(args.records)]
        subprocess.run(child, env=environment(base), check=True, stdout=subprocess.DEVNULL)
        print(json.dumps({"records": args.records, "fill_s": round(time.perf_counter() - started)}))
        rates, bounds = {}, {}
        data = base
        for workers in args.workers:
            data = root / f"register-{workers}"
            shutil.copytree(base, data)
            run = dask_run(folder, data, workers, args.documents)
            rates[workers] = run["docs_per_s_after_startup"]
            bounds[workers] = run["cpu_bound_docs_per_s"]
            print(json.dumps(run, ensure_ascii=False), flush=True)
        if 1 in rates and len(rates) > 1:
            most = max(rates)
            speedup = {f"ingest_speedup_{most}_over_1": round(rates[most] / rates[1], 2)}
            if bounds[1]:
                speedup["cpu_bound_speedup"] = round(bounds[most] / bounds[1], 2)
            print(json.dumps(speedup))
        if not args.skip_accept:
            child = [sys.executable, __file__, "--child", "accept"]
            result = subprocess.run(
                child, env=environment(data), check=True, stdout=subprocess.PIPE, text=True
            )
            print(result.stdout.strip().splitlines()[-1], flush=True)
    print(json.dumps({"load_average": os.getloadavg()}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
