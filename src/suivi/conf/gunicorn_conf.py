"""How `suivi serve` runs gunicorn, and the hooks that keep database connections out of forks.

Gunicorn forks its workers from the master. A database connection open in the master at that
moment would be inherited by every worker: one socket that several processes write to and read
from, so the answer to one request's query reaches another (a session payload read as an id,
one party's rows in another party's response). `suivi serve` and `suivi demo` migrate and
seed in the master; whatever they or any later pre-fork step open, `pre_fork` closes it before
each fork, and a worker that still finds an inherited connection drops it without a word on
the socket it shares (`post_fork`).
"""

from __future__ import annotations

import contextlib
import logging
import os

log = logging.getLogger("suivi")

SETTINGS = {
    "accesslog": "-",
    "graceful_timeout": 10,
    # gunicorn >= 25 opens a control socket at one path per user (~/.gunicorn/gunicorn.ctl),
    # which two servers on one machine would fight over; suivi does not use it.
    "control_socket_disable": True,
}


def close_connections() -> None:
    """Close every database connection this thread holds (Django reopens one when needed)."""
    from django.db import connections

    connections.close_all()


def pre_fork(server, worker) -> None:
    """In the master, before each worker is forked: the first ones and every replacement."""
    close_connections()


def post_fork(server, worker) -> None:
    """In a new worker: a connection that crossed the fork is abandoned, never used."""
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        if connection.connection is not None:
            log.warning(
                "worker %s: dropping a database connection inherited from the master", os.getpid()
            )
            abandon(connection)


def abandon(connection) -> None:
    """Close an inherited connection in this process only.

    Closing a PostgreSQL connection sends a Terminate message that would end the session
    for every process sharing the socket; pointing this process's descriptor at /dev/null
    first makes the close local.
    """
    socket_fd = getattr(getattr(connection.connection, "pgconn", None), "socket", None)
    if isinstance(socket_fd, int) and socket_fd >= 0:
        devnull = os.open(os.devnull, os.O_RDWR)
        try:
            os.dup2(devnull, socket_fd)
        finally:
            os.close(devnull)
    with contextlib.suppress(Exception):  # the socket is gone on purpose; drivers may complain
        connection.close()
    connection.connection = None  # even where Django keeps it (an in-memory SQLite database)


def configure(config) -> None:
    """Apply suivi's settings and hooks to a gunicorn `Config`."""
    for name, value in SETTINGS.items():
        if name in config.settings:  # older gunicorn lacks some
            config.set(name, value)
    config.set("pre_fork", pre_fork)
    config.set("post_fork", post_fork)
