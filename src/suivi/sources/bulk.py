"""Ingest through Dask: the workers read, this process alone writes.

Documents go to the workers by tasks of TASK documents (the scheduler's cost is per
task, so per document it shrinks as tasks grow); readings come back as they complete
and are stored by `batch.store_many`, the plain engine's own writing path: a batch of
documents per transaction, known texts found by content hash in one query, the new
ones inserted together (one savepoint each only if that fails), so a rerun after any
crash stores each document once with all its claims. The writer takes every reading that
has arrived (up to WRITE_BATCH) in one transaction: when it falls behind the
workers, its batches grow and its commits get rarer. At most a few chunks per
worker are in flight, so memory stays flat whatever the input.

Dask's own housekeeping is slowed down (`QUIET`): by default an idle LocalCluster of 2
workers burns about 55 ms of CPU a second in this process (the scheduler, the nannies)
and 90 in its workers (20 ms event-loop ticks, a stack profiler every 10 ms, memory
and system monitors), which on a machine of 2 cores is taken from the reading.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from suivi.sources import batch
from suivi.sources.batch import Item, Summary

IN_FLIGHT_PER_THREAD = 2  # chunks queued per worker thread: enough to keep it busy
TASK = 64  # documents per Dask task: the scheduler's cost per task is the client's per document
WRITE_BATCH = 128  # readings stored in one transaction, at most
WORKERS_TIMEOUT = 120  # seconds to wait for a remote cluster's first worker
QUIET = {
    "distributed.admin.tick.interval": "1s",  # only measures how blocked the event loop is
    "distributed.admin.system-monitor.interval": "5s",  # the dashboard's CPU/memory graphs
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.profile.enabled": False,  # nobody reads the task profiles
    "distributed.worker.memory.monitor-interval": "1s",  # a reading's memory grows slowly
}


class ClusterError(Exception):
    """The Dask scheduler cannot be reached, or has no worker; the message says which."""


@contextmanager
def client(scheduler: str | None = None, workers: int | None = None):
    """A Dask client on the cluster at `scheduler`, else on a LocalCluster of `workers`
    single-threaded processes; each worker loads the reading's models once. A local
    cluster's nannies pass the `QUIET` settings on to their workers (and to a worker
    they restart); a remote cluster keeps its own, only this client is quieter."""
    import dask
    import distributed  # noqa: F401  loads its defaults, which leaving `set` would drop

    with dask.config.set(QUIET):
        yield from _client(scheduler, workers)


def _client(scheduler: str | None, workers: int | None) -> Iterator:
    from distributed import Client, LocalCluster

    from suivi.reading.workers import PreloadModels, QuietHeartbeat

    if scheduler:
        try:
            connected = Client(scheduler)
            connected.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            raise ClusterError(f"{scheduler}: {error or type(error).__name__}") from None
        with connected:
            connected.register_plugin(PreloadModels())
            yield connected
        return
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,  # a worker slow to stop is killed: not worth a warning
        ) as cluster,
        Client(cluster) as local,
    ):
        local.register_plugin(PreloadModels())
        local.register_plugin(QuietHeartbeat())
        yield local


def run(items: Iterable[Item], dask_client, progress, store=batch.store_many) -> Summary:
    """Read `items` on the cluster and store every reading here; the summary of the batch.

    `store` is `batch.store_many`; benchmarks/bulk.py times the reading alone with a no-op.
    """
    from distributed import as_completed

    from suivi.reading.pipeline import read_chunk

    writer = _Writer(progress, store)
    limit = IN_FLIGHT_PER_THREAD * max(1, sum(dask_client.nthreads().values()))
    running = as_completed()
    chunks: dict = {}
    for chunk in _chunks(items, writer):
        while running.count() >= limit:
            _collect(next(running), chunks, writer)
            if not running.has_ready():
                writer.flush()  # nothing else has arrived: store what has
        documents = [(item.data, item.name) for item in chunk]
        future = dask_client.submit(read_chunk, documents, pure=False)
        chunks[future] = chunk
        running.add(future)
    for future in running:
        _collect(future, chunks, writer)
        if not running.has_ready():
            writer.flush()
    writer.flush()
    return writer.summary


def _chunks(items: Iterable[Item], writer: _Writer) -> Iterator[list[Item]]:
    """Chunks of documents to read; readings already made and failures go to the writer."""
    chunk: list[Item] = []
    for item in items:
        if item.data is None:
            writer.add((item, item.reading, item.error))
            continue
        chunk.append(item)
        if len(chunk) >= TASK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _collect(future, chunks: dict, writer: _Writer) -> None:
    """Hand a finished chunk's readings to the writer; a chunk the cluster could not read
    (its workers died too often, KilledWorker) is reported document by document."""
    chunk = chunks.pop(future)
    try:
        results = future.result()
    except Exception as error:
        results = [type(error).__name__] * len(chunk)
    future.release()
    for item, result in zip(chunk, results, strict=True):
        writer.add(batch.outcome(item, result))


class _Writer:
    """The one writer: stores readings by batches, in the order they arrive; progress counts
    a batch once it is committed (a kill loses at most the batch not yet committed)."""

    def __init__(self, progress, store) -> None:
        self.summary = Summary()
        self.progress = progress
        self.store = store
        self.pending: list[tuple[Item, dict | None, str | None]] = []

    def add(self, outcome: tuple[Item, dict | None, str | None]) -> None:
        self.pending.append(outcome)
        if len(self.pending) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        self.store(self.summary, pending)
        self.progress.advance(len(pending))
