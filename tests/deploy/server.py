"""The production shape, started as the README says: `python -m suivi serve` with gunicorn workers.

`ProductionServer` gives each run its own register: a dedicated PostgreSQL database derived
from a base URL (created, then dropped) or an SQLite file in a temporary data folder. It seeds
the register (`seed.py`), creates API tokens with `suivi token create`, serves, and stops.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Soak-pw-2026-correct-horse"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresDatabase:
    """A database of its own on the server that `base_url` names, dropped on `drop()`."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        base = (parts.path.lstrip("/") or "suivi")[:30]
        self.name = f"{base}_srv_{os.getpid()}_{secrets.token_hex(3)}".lower()
        self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
        self._admin_url = urlunsplit(parts._replace(path="/postgres"))

    def _execute(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self._admin_url, autocommit=True, connect_timeout=10) as conn:
            conn.execute(statement)

    def create(self, template: str | None = None) -> None:
        """An empty database, or a copy of the migrated `template` (tests/postgres.py)."""
        copy = f' TEMPLATE "{template}"' if template else ""
        self._execute(f'CREATE DATABASE "{self.name}"{copy}')

    def drop(self) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@dataclass
class ProductionServer:
    """`suivi serve --workers N` on a seeded register of its own; use it as a context manager."""

    database_url: str | None = None  # a PostgreSQL URL to derive a database from; else SQLite
    workers: int = 2
    owners: int = 1  # how many sets of records the seed gives writers (one per client group)
    template: str | None = None  # on PostgreSQL, a migrated database to start from a copy of
    port: int = 0
    url: str = ""
    seed: dict = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None

    def __enter__(self) -> ProductionServer:
        self.data_dir = Path(tempfile.mkdtemp(prefix="suivi-soak-"))
        self.log_path = self.data_dir / "server.log"
        self.database = PostgresDatabase(self.database_url) if self.database_url else None
        try:
            if self.database:
                self.database.create(self.template)
            self._run(["-m", "suivi", "init"])
            self._start()  # boots while the register is seeded
            self._seed()
            self._wait_until_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()  # gunicorn stops gracefully on SIGTERM
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.database:
            self.database.drop()
        shutil.rmtree(self.data_dir, ignore_errors=True)

    @property
    def vendor(self) -> str:
        return "postgresql" if self.database else "sqlite"

    def env(self) -> dict[str, str]:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
        env["SUIVI_DATA_DIR"] = str(self.data_dir)
        env["SUIVI_ADMIN_PASSWORD"] = PASSWORD
        for name in ("DJANGO_SETTINGS_MODULE", "SUIVI_DEBUG", "SUIVI_DATABASE_URL"):
            env.pop(name, None)
        if self.database:
            env["SUIVI_DATABASE_URL"] = self.database.url
        return env

    def _run(self, *commands: list[str]) -> list[str]:
        """Run commands side by side (each is its own process) and return what each printed."""
        running = [
            subprocess.Popen(
                [sys.executable, *args],
                env=self.env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for args in commands
        ]
        printed = []
        for args, process in zip(commands, running, strict=True):
            out, err = process.communicate(timeout=300)
            if process.returncode:
                raise RuntimeError(f"{' '.join(args)} failed:\n{out}\n{err}")
            printed.append(out)
        return printed

    def _seed(self) -> None:
        def token(name: str) -> list[str]:
            return ["-m", "suivi", "token", "create", name, "--expires", "1"]

        seeded, admin = self._run(["-m", "tests.deploy.seed", str(self.owners)], token("admin"))
        self.seed = json.loads(seeded)
        names = list(self.seed["delegates"].values())
        self.tokens = {"admin": admin.split()[0]}
        for name, printed in zip(names, self._run(*map(token, names)), strict=True):
            self.tokens[name] = printed.split()[0]

    def _start(self) -> None:
        self.port = port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "suivi",
                    "serve",
                    "--port",
                    str(port),
                    "--workers",
                    str(self.workers),
                ],
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def _wait_until_ready(self) -> None:
        assert self.process
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"suivi serve exited:\n{self.log()}")
            if self.log().count("Booting worker") >= self.workers:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                    return
                except OSError:
                    pass
            time.sleep(0.2)
        raise RuntimeError(f"suivi serve did not start:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def pids(self) -> tuple[int, list[int]]:
        """The gunicorn master and its workers."""
        assert self.process
        master = self.process.pid
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        return master, [int(pid) for pid in children]

    def database_sockets(self) -> dict[int, set[int]]:
        """For the master and each worker, the inodes of its TCP sockets to the database port."""
        assert self.database
        port = urlsplit(self.database.url).port or 5432
        inodes = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            for line in Path(table).read_text().splitlines()[1:]:
                columns = line.split()
                if int(columns[2].rsplit(":", 1)[1], 16) == port:
                    inodes.add(int(columns[9]))
        master, workers = self.pids()
        held = {}
        for pid in (master, *workers):
            mine = set()
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith("socket:[") and int(target[8:-1]) in inodes:
                    mine.add(int(target[8:-1]))
            held[pid] = mine
        return held
