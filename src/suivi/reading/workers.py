"""What a Dask worker needs to read documents: the models loaded once, when it starts.

Pure like the rest of `suivi.reading`: a worker imports no Django and needs no
database, only suivi itself installed. The task a worker runs is
`suivi.reading.pipeline.read_chunk`, whose results are plain data.
"""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin


class PreloadModels(WorkerPlugin):
    """Loads the French model and the language detector as a worker starts (or restarts
    after a crash), so no task pays seconds for them and each worker holds them once."""

    name = "suivi-preload-models"

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        from suivi.reading import nlp

        nlp.french()
        nlp.language_detector()
