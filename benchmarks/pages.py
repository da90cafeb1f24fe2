"""Requests per second on the register's list pages under `suivi serve` (gunicorn).

    python benchmarks/pages.py [--rows 500] [--requests 400] [--concurrency 4]

Fills a fresh SQLite register with agreements, serves it with gunicorn, signs in and
fetches the agreement list (50 rows a page) and one detail page; prints requests per
second and latency percentiles. DESIGN.md's baseline: ~150 requests/s per core.
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
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fill(data_dir: str, rows: int) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SUIVI_DATA_DIR": data_dir}
    env["SUIVI_ADMIN_PASSWORD"] = "benchmark-password"
    env.pop("SUIVI_DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "-m", "suivi", "init"], env=env, check=True, capture_output=True
    )
    script = f"""
from datetime import date, timedelta
from suivi.agreements.models import Agreement
from suivi.parties.models import Party
parties = list(Party.objects.filter(code__in=["MLI", "RUS", "BFA", "NER"]))
for i in range({rows}):
    a = Agreement.objects.create(kind="agreement", title_fr=f"Accord de coopération n° {{i}}",
                                 status="signed", signed_on=date(2020, 1, 1) + timedelta(days=i))
    a.parties.set(parties[i % 3: i % 3 + 2])
    a.sectors.set(["energy", "health"])
"""
    subprocess.run(
        [sys.executable, "-m", "suivi", "manage", "shell", "-c", script], env=env, check=True
    )
    return "benchmark-password"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="suivi-bench-")
    password = fill(data_dir, args.rows)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SUIVI_DATA_DIR": data_dir}
    env.pop("SUIVI_DATABASE_URL", None)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "suivi",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
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
                data={"username": "admin", "password": password, "csrfmiddlewaretoken": token},
            )
            cookies = dict(client.cookies)
            detail = re.search(r'href="(/agreements/\d+/)"', client.get("/agreements/").text)

        for label, path in (
            ("agreement list (50 rows)", "/agreements/"),
            ("agreement detail", detail.group(1)),
        ):
            latencies: list[float] = []

            def fetch(_: int, path: str = path, latencies: list[float] = latencies) -> None:
                with httpx.Client(base_url=base, cookies=cookies) as session:
                    start = time.perf_counter()
                    response = session.get(path)
                    latencies.append(time.perf_counter() - start)
                    assert response.status_code == 200, response.status_code

            start = time.perf_counter()
            with ThreadPoolExecutor(args.concurrency) as pool:
                list(pool.map(fetch, range(args.requests)))
            elapsed = time.perf_counter() - start
            latencies.sort()
            print(
                f"{label}: {args.requests / elapsed:.0f} requests/s with {args.workers} workers, "
                f"median {statistics.median(latencies) * 1000:.1f} ms, "
                f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms"
            )
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
