"""A migrated PostgreSQL database built once per test run, which the run's databases copy.

Migrating an empty PostgreSQL database costs about 25 s (10 s of CPU in Django, the rest in
the server), and a run on PostgreSQL made four: the test database of each pytest-xdist
worker and the register of each production server test. `CREATE DATABASE ... TEMPLATE`
copies a migrated one in a third of a second. The copy holds what `suivi manage migrate`
made, the same code the test databases ran before; `suivi init` still runs on the served
registers, and tests about migrating (`suivi restore` into an empty database) still migrate.

The template is named after the run's main pytest process, which drops it when the run ends
(`drop_template`); the xdist workers build it once between them (`Registers.built`).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

from tests.registers import BUILD_TIMEOUT, Registers


def _main_pid() -> int:
    """The run's main pytest process: the xdist controller, else this process."""
    return os.getppid() if os.environ.get("PYTEST_XDIST_WORKER") else os.getpid()


def template_name(base_url: str) -> str:
    """The run's template database, named beside `base_url`'s (63 characters at most)."""
    base = (urlsplit(base_url).path.lstrip("/") or "suivi")[:30]
    return f"{base}_template_{_main_pid()}".lower()


def _admin_url(base_url: str) -> str:
    return urlunsplit(urlsplit(base_url)._replace(path="/postgres"))


def _execute(base_url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(_admin_url(base_url), autocommit=True, connect_timeout=10) as conn:
        conn.execute(statement)


def migrated_template(registers: Registers, base_url: str) -> str:
    """The name of the run's migrated template database on `base_url`'s server."""
    name = template_name(base_url)

    def build(folder) -> None:
        from tests.conftest import run_suivi

        folder.mkdir()
        _execute(base_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _execute(base_url, f'CREATE DATABASE "{name}"')
        url = urlunsplit(urlsplit(base_url)._replace(path=f"/{name}"))
        env = {"SUIVI_DATA_DIR": str(folder), "SUIVI_DATABASE_URL": url}
        done = run_suivi("manage", "migrate", "--verbosity", "0", env=env, timeout=BUILD_TIMEOUT)
        assert done.returncode == 0, done.stdout + done.stderr

    registers.built(f"postgres-{name}", build)
    return name


def drop_template(base_url: str) -> None:
    """Drop the run's template (called by the main process when the run ends)."""
    _execute(base_url, f'DROP DATABASE IF EXISTS "{template_name(base_url)}" WITH (FORCE)')
