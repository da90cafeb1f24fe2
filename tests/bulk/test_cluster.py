"""The local Dask cluster of `suivi ingest --engine dask` leaves the CPU to the reading: on a
machine of 2 cores, Dask's default housekeeping (20 ms ticks, a stack profiler every 10 ms,
monitors) burnt about 55 ms of CPU a second in the client and 90 in its workers, taken from
the documents' reading (`benchmarks/bulk.py` prints the CPU per document). What the test can
hold without timing anything: the client and its workers run with the quiet settings."""

from __future__ import annotations

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
