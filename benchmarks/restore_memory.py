"""Peak memory and time of `suivi backup` and `suivi restore` with one large uploaded file.

    python benchmarks/restore_memory.py [--size-mb 1536] [--src PATH]

Makes a fresh SQLite register, puts a file of the given size in its media folder, backs it
up, deletes the file and restores the archive; prints each command's peak resident memory
(ru_maxrss) and wall time. Streaming keeps the peak flat whatever the file's size; the first
version read a member whole (a 1.5 GB file took 3 GB). `--src` runs another checkout's code.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEASURE = (
    "import resource, subprocess, sys; "
    "code = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


def run(env: dict, *args: str) -> tuple[float, float]:
    """(peak MB, seconds) of one `suivi` command, measured in a process of its own."""
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, sys.executable, "-m", "suivi", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    peak_kb, code = out.stdout.split()[-2:]
    if code != "0":
        raise SystemExit(f"suivi {args[0]} failed: {out.stderr.strip()}")
    return int(peak_kb) / 1024, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1536)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="suivi-restore-bench-") as folder:
        data = Path(folder) / "data"
        env = {
            **os.environ,
            "PYTHONPATH": str(args.src),
            "SUIVI_DATA_DIR": str(data),
            "SUIVI_DATABASE_URL": "",
        }
        env.pop("DJANGO_SETTINGS_MODULE", None)
        run(env, "init")
        big = data / "media" / "documents" / "big.bin"
        big.parent.mkdir(parents=True, exist_ok=True)
        block = os.urandom(1 << 16) * 16  # 1 MB that deflate cannot shrink to nothing
        with big.open("wb") as out:
            for _ in range(args.size_mb):
                out.write(block)
        archive = Path(folder) / "register.zip"
        backup_mb, backup_s = run(env, "backup", str(archive))
        big.unlink()
        restore_mb, restore_s = run(env, "restore", str(archive), "--force")
        assert big.stat().st_size == args.size_mb << 20
        archive_mb = archive.stat().st_size >> 20
    print(f"file: {args.size_mb} MB, archive: {archive_mb} MB")
    print(f"backup:  peak {backup_mb:.0f} MB, {backup_s:.1f} s")
    print(f"restore: peak {restore_mb:.0f} MB, {restore_s:.1f} s")


if __name__ == "__main__":
    main()
