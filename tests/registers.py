"""Registers on disk built once per test run, copied into each test that starts from one.

Applying every migration to a new SQLite file costs about 17 s of CPU, and `suivi demo`
about 30 s (the migrations, then reading the sample articles with the language models).
Tests where `suivi init` or `suivi demo` is only the set-up, not the subject, start from a
copy of a register that the real command built once in this run: each test still has its
own file, made by the same code, and still runs the command it is about. Tests about
`init` and `demo` themselves keep running them on an empty folder.

The pytest-xdist workers share one build through a file lock in the run's temporary root.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Callable
from pathlib import Path

DATABASE = "suivi.sqlite3"
# Generous: on a loaded two-core machine the demo has taken three minutes of wall time.
BUILD_TIMEOUT = 900


class Registers:
    """Built registers under `root`, one folder each, made on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def built(self, name: str, build: Callable[[Path], None]) -> Path:
        """The folder `name`, made by `build(folder)` once whichever worker asks first."""
        folder, done = self.root / name, self.root / f"{name}.done"
        with open(self.root / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not done.exists():
                shutil.rmtree(folder, ignore_errors=True)
                build(folder)
                done.touch()
        return folder

    def migrated(self) -> Path:
        """A data folder whose SQLite register has every migration and no user."""

        def build(folder: Path) -> None:
            from tests.conftest import run_suivi

            folder.mkdir()
            env = {"SUIVI_DATA_DIR": str(folder), "SUIVI_DATABASE_URL": ""}
            done = run_suivi(
                "manage", "migrate", "--verbosity", "0", env=env, timeout=BUILD_TIMEOUT
            )
            assert done.returncode == 0, done.stdout + done.stderr
            assert (folder / DATABASE).exists()

        return self.built("migrated", build)

    def demo(self) -> Path:
        """The data folder `suivi demo --no-serve` fills; its output is in `demo.out`."""

        def build(folder: Path) -> None:
            from tests.conftest import run_suivi

            done = run_suivi(
                "demo",
                "--data-dir",
                str(folder),
                "--no-serve",
                env={"SUIVI_DATABASE_URL": ""},
                timeout=BUILD_TIMEOUT,
            )
            assert done.returncode == 0, done.stdout + done.stderr
            (self.root / "demo.out").write_text(done.stdout)

        return self.built("demo", build)

    def demo_output(self) -> str:
        self.demo()
        return (self.root / "demo.out").read_text()

    def seed_migrated(self, data_dir: Path | str) -> Path:
        """Put a migrated, empty register in `data_dir`; `suivi init` then only adds the admin."""
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(self.migrated() / DATABASE, data_dir / DATABASE)
        return data_dir

    def copy_demo(self, data_dir: Path | str) -> Path:
        """Put a copy of the demo's data folder (register, secret key, files) at `data_dir`."""
        data_dir = Path(data_dir)
        shutil.copytree(self.demo(), data_dir)
        return data_dir
