"""The production shape under load, as the README starts it: `python -m suivi serve`, 2 workers.

On PostgreSQL when SUIVI_TEST_DATABASE_URL is set (a database of its own, derived from that
URL and dropped after), else SQLite in a temporary data folder. A's delegate, B's delegate and
the administrator read and write through pages and the API, with session cookies and Bearer
tokens, for a bounded time; then no answer may be a 5xx, A's delegate may never have received
one of B's marker words (and B's delegate must have), and no acknowledged write may be lost.
The same driver runs longer in `benchmarks/soak.py`.
"""

from __future__ import annotations

import os

import pytest

from tests.deploy.clients import groups, soak
from tests.deploy.server import ProductionServer

pytestmark = pytest.mark.slow

CLIENTS, SECONDS, MAX_ACTIONS = 8, 15, 2000


def test_the_production_server_under_mixed_clients(postgres_template):
    database_url = os.environ.get("SUIVI_TEST_DATABASE_URL")
    owners = groups(CLIENTS)
    with ProductionServer(database_url, 2, owners, template=postgres_template) as server:
        report = soak(server, CLIENTS, SECONDS, MAX_ACTIONS)
        sockets = server.database_sockets() if server.database else None
        master = server.process.pid
        log = server.log()
    summary = "\n".join(report.lines())
    tally = report.tally
    assert tally.requests >= 40, summary
    assert tally.writes["acknowledged"] >= 5, summary
    assert report.server_errors == 0, f"{summary}\n{tally.server_errors[:5]}\n{log[-4000:]}"
    assert not tally.transport_errors, f"{summary}\n{tally.transport_errors[:5]}"
    assert "Traceback" not in log, log[log.find("Traceback") :][:4000]
    assert "inherited from the master" not in log  # pre_fork closed them; post_fork had no work
    assert not tally.leaks, f"{summary}\n{tally.leaks[:10]}"
    assert set(tally.own_markers_seen) == {"MLI", "RUS"}, summary  # the check is not vacuous
    assert not report.lost, f"{summary}\n{report.lost[:10]}"
    assert not tally.rejected, f"a client's write to its own record refused: {tally.rejected[:5]}"
    if sockets is not None:  # each worker its own connection, the master none
        assert not sockets.pop(master), f"the master holds a database socket: {sockets}"
        held = [inode for inodes in sockets.values() for inode in inodes]
        assert held and len(held) == len(set(held)), f"workers share a socket: {sockets}"
