"""What a Dask worker needs to read documents: the models loaded once, when it starts.

Pure like the rest of `suivi.reading`: a worker imports no Django and needs no
database, only suivi itself installed. The task a worker runs is
`suivi.reading.pipeline.read_chunk`, whose results are plain data.
"""

from __future__ import annotations

import logging

from distributed.diagnostics.plugin import WorkerPlugin

HEARTBEAT_FAILED = "Failed to communicate with scheduler during heartbeat"


class PreloadModels(WorkerPlugin):
    """Loads the French model and the language detector as a worker starts (or restarts
    after a crash), so no task pays seconds for them and each worker holds them once."""

    name = "suivi-preload-models"

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        from suivi.reading import nlp

        nlp.french()
        nlp.language_detector()


class QuietHeartbeat(WorkerPlugin):
    """Keeps a local cluster's workers from printing a traceback as the ingest ends.

    A local cluster's scheduler lives in the ingest's own process and closes before its
    workers; a heartbeat that falls in between finds the scheduler gone, and distributed
    logs that at ERROR with its traceback (`logger.exception`). The run is over and
    complete by then, so the line tells the user nothing but alarms them. Only for a
    local cluster: a remote scheduler that goes away is worth the worker's log.
    """

    name = "suivi-quiet-heartbeat"

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        logging.getLogger("distributed.worker").addFilter(not_a_failed_heartbeat)


def not_a_failed_heartbeat(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith(HEARTBEAT_FAILED)
