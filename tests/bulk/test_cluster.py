"""The local Dask cluster of `suivi ingest --engine dask` leaves the CPU to the reading: on a
machine of 2 cores, Dask's default housekeeping (20 ms ticks, a stack profiler every 10 ms,
monitors) burnt about 55 ms of CPU a second in the client and 90 in its workers, taken from
the documents' reading (`benchmarks/bulk.py` prints the CPU per document). What the test can
hold without timing anything: the client and its workers run with the quiet settings. And as
the ingest ends, no worker prints the traceback of a heartbeat that found the scheduler closed
(CI saw it once in `test_dask_ingest`: a race between the scheduler's and the workers' close)."""

from __future__ import annotations

import logging

import dask
import pytest

from suivi.sources import bulk


def _settings() -> dict:
    return {key: dask.config.get(key) for key in bulk.QUIET}


@pytest.mark.slow
def test_the_local_workers_run_with_dask_housekeeping_slowed_down():
    with bulk.client(None, 2) as client:
        assert _settings() == bulk.QUIET
        for key, value in bulk.QUIET.items():
            seen = client.run(dask.config.get, key)  # a function the workers can import
            assert list(seen.values()) == [value, value], key


def _logged(message: str) -> logging.LogRecord:
    return logging.LogRecord("distributed.worker", logging.ERROR, __file__, 0, message, None, None)


@pytest.mark.slow
def test_a_local_worker_keeps_a_heartbeat_to_the_closed_scheduler_to_itself():
    heartbeat = _logged("Failed to communicate with scheduler during heartbeat.")
    other = _logged("Unexpected exception during heartbeat. Closing worker.")
    passes = logging.getLogger("distributed.worker").filter
    with bulk.client(None, 1) as client:
        assert [bool(kept) for kept in client.run(passes, heartbeat).values()] == [False]
        assert [bool(kept) for kept in client.run(passes, other).values()] == [True]
