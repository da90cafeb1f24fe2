"""`suivi ingest --engine dask` on a LocalCluster of 2 workers: whatever is killed mid-run (the
client, then a worker), every document ends up stored exactly once with all its claims — the
same claims a plain, single-process ingest gives."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import psutil
import pytest
from benchmarks import articles

from suivi.sources import batch
from tests.bulk import warcs
from tests.conftest import ROOT, run_suivi

ARTICLES = 64
PAGES = 16  # in a .warc.gz beside the articles
TOTAL = ARTICLES + PAGES
PROGRESS = "documents traités"


@pytest.fixture
def documents(tmp_path) -> Path:
    folder = tmp_path / "in"
    articles.write(folder, ARTICLES)
    pages = {f"http://example.org/{n}": warcs.page(n) for n in range(PAGES)}
    warcs.write(folder / "crawl.warc.gz", pages, truncate_last=True)
    return folder


def claims_by_text(database: Path) -> dict[str, Counter]:
    """Each stored source's claims (kind and facts), by the hash of its text."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        sources = dict(db.execute("select id, content_hash from sources_source"))
        found: dict[str, Counter] = {digest: Counter() for digest in sources.values()}
        for source, kind, facts in db.execute("select source_id, kind, facts from sources_claim"):
            found[sources[source]][(kind, json.dumps(json.loads(facts), sort_keys=True))] += 1
    return found


@pytest.fixture
def reference(documents, django_db_blocker) -> dict[str, Counter]:
    """What a plain ingest of the same documents stores, in this process."""
    from suivi.sources.models import Claim, Source

    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            summary = batch.run(batch.collect([str(documents)]))
            assert summary.new_sources == TOTAL
            found = {source.content_hash: Counter() for source in Source.objects.all()}
            for claim in Claim.objects.select_related("source"):
                facts = json.dumps(claim.facts, sort_keys=True)
                found[claim.source.content_hash][(claim.kind, facts)] += 1
            transaction.set_rollback(True)
    return found


def start(documents: Path, data: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SUIVI_LANGUAGE": "fr"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    command = [sys.executable, "-m", "suivi", "ingest", str(documents), "--data-dir", str(data)]
    options = ["--engine", "dask", "--workers", "2", "--progress-every", "16"]
    return subprocess.Popen(
        [*command, *options],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def wait_for_progress(process: subprocess.Popen) -> None:
    """Until the client reports its first stored chunk (it is mid-run then)."""
    for line in process.stderr:
        if PROGRESS in line:
            return
    pytest.fail("the ingest ended before reporting any progress")


def workers_of(process: subprocess.Popen) -> list[psutil.Process]:
    children = psutil.Process(process.pid).children(recursive=True)
    return [child for child in children if "spawn_main" in " ".join(child.cmdline())]


@pytest.mark.slow
@pytest.mark.django_db
def test_a_killed_client_then_a_killed_worker_store_each_document_once(
    documents, reference, tmp_path, registers
):
    data = registers.seed_migrated(tmp_path / "data")
    assert run_suivi("init", "--data-dir", str(data)).returncode == 0
    database = next(data.glob("*.sqlite3"))

    client = start(documents, data)
    wait_for_progress(client)
    client.send_signal(signal.SIGKILL)
    client.wait()
    stored = claims_by_text(database)
    assert 0 < len(stored) < TOTAL, "the client should have been killed part-way"
    assert all(stored[digest] == reference[digest] for digest in stored)

    rerun = start(documents, data)
    wait_for_progress(rerun)
    workers = workers_of(rerun)
    assert len(workers) == 2
    workers[0].kill()
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert "Traceback" not in err
    assert f"déjà connues : {len(stored)}" in out
    assert "enregistrement WARC tronqué" in out and "échecs : 1" in out
    assert claims_by_text(database) == reference
    _reap(client, rerun)


def _reap(*processes: subprocess.Popen) -> None:
    """Workers left by the killed client stop by themselves; make sure of it."""
    deadline = time.monotonic() + 30
    for process in processes:  # each leads its own process group (start_new_session)
        while time.monotonic() < deadline:
            try:
                os.killpg(process.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.2)
        else:
            os.killpg(process.pid, signal.SIGKILL)
