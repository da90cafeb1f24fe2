"""The gunicorn hooks of `suivi serve`: no database connection crosses a fork.

`pre_fork` closes the master's connections before each worker is forked; should one still
reach a worker, `post_fork` drops it there without ending the master's session (closing a
shared PostgreSQL socket normally sends Terminate for every process holding it).
"""

from __future__ import annotations

import os

import pytest
from django.db import connection

from suivi.conf import gunicorn_conf

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_pre_fork_closes_the_masters_connections():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("Django never closes an in-memory SQLite database (the test database)")
    connection.ensure_connection()
    gunicorn_conf.pre_fork(None, None)
    assert connection.connection is None


def test_a_worker_drops_an_inherited_connection_and_the_master_keeps_its_own():
    connection.ensure_connection()
    inherited = connection.connection
    pid = os.fork()
    if pid == 0:  # the worker: report through the exit status only
        status = 1
        try:
            gunicorn_conf.post_fork(None, None)
            dropped = connection.connection is None
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                status = 0 if dropped and cursor.fetchone()[0] == 1 else 1
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert connection.connection is inherited
    with connection.cursor() as cursor:  # the master's session survived the worker's close
        cursor.execute("SELECT 1")
        assert cursor.fetchone()[0] == 1


def test_suivi_serve_gives_gunicorn_the_hooks():
    from gunicorn.config import Config

    config = Config()
    gunicorn_conf.configure(config)
    assert config.settings["pre_fork"].get() is gunicorn_conf.pre_fork
    assert config.settings["post_fork"].get() is gunicorn_conf.post_fork
