"""The local Dask cluster of `suivi ingest --engine dask` leaves the CPU to the reading: on a
machine of 2 cores, what its scheduler, nannies and workers burn while waiting is taken
from the documents' reading."""

from __future__ import annotations

import time

import psutil
import pytest

from suivi.sources import bulk

IDLE = 3.0  # seconds the cluster is watched doing nothing
MS_PER_S = 25  # at most, in this process and in each worker (Dask's defaults: about 55 and 45)


@pytest.mark.slow
def test_an_idle_local_cluster_costs_little_cpu_here_and_in_its_workers():
    me = psutil.Process()
    with bulk.client(None, 2) as client:
        time.sleep(1)  # the workers' start-up settles
        here, there = me.cpu_times(), client.run(time.process_time)
        time.sleep(IDLE)
        after_here, after_there = me.cpu_times(), client.run(time.process_time)
    busy_here = (after_here.user + after_here.system) - (here.user + here.system)
    assert 1000 * busy_here / IDLE < MS_PER_S
    for worker, cpu in after_there.items():
        assert 1000 * (cpu - there[worker]) / IDLE < MS_PER_S, worker
