"""One bad document never loses the others (issue 9, reproduction 6): each is stored in its own
transaction, and every failure is reported with its reason — on SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from suivi.sources import batch
from suivi.sources.models import Claim, Source
from tests.conftest import run_suivi
from tests.sources.readings import reading

DEEP = "[" * 200_000 + "]" * 200_000  # json.loads recurses until RecursionError


def line(text: str, **parts) -> str:
    return json.dumps(reading(text, parties=["MLI", "RUS"], **parts), ensure_ascii=False)


def nested(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth):
        value = {"a": value}
    return value


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Good readings beside every kind of bad input, plain and gzipped."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a-good.jsonl").write_text(line("Premier texte sur le Mali.") + "\n")
    (root / "b-deep.jsonl").write_text(
        DEEP
        + "\n"
        + json.dumps({**reading("Trop profond."), "x": nested(60)})
        + "\n"
        + line("Deuxième texte, après les lignes profondes.")
        + "\n"
    )
    (root / "c-nul.jsonl").write_text(
        line("Texte avec un \u0000 nul.", people=[{"name": "Ami\u0000 Diallo"}]) + "\n"
    )
    with gzip.open(root / "d-readings.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(line("Troisième texte, compressé.") + "\n")
    (root / "e-archive.tar.gz").write_bytes(gzip.compress(b"not a document"))
    (root / "f-broken.jsonl.gz").write_bytes(b"\x1f\x8b not really gzip")
    (root / "g-ignored.pdf").write_bytes(b"%PDF-1.4")
    return root


def test_collect_reports_every_file_it_cannot_take(folder):
    items = list(batch.collect([str(folder)]))
    errors = {Path(item.name.split(":")[0]).name: item.error for item in items if item.error}
    assert set(errors) == {"b-deep.jsonl", "e-archive.tar.gz", "f-broken.jsonl.gz"}
    readings = [item for item in items if item.reading is not None]
    assert len(readings) == 5  # a, b (nested 60: refused later, and the good line), c, d


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_batch_keeps_the_good_documents_and_reports_the_bad(folder):
    summary = batch.run(batch.collect([str(folder)]))
    texts = set(Source.objects.values_list("text", flat=True))
    assert "Premier texte sur le Mali." in texts
    assert "Deuxième texte, après les lignes profondes." in texts
    assert "Troisième texte, compressé." in texts
    assert "Texte avec un  nul." in texts  # NUL removed, the document kept
    assert Claim.objects.filter(facts__name="Ami Diallo").exists()
    assert summary.read == 4
    reasons = dict(summary.failures)
    assert len(reasons) == 4, reasons
    assert all(reason for reason in reasons.values())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_gzipped_text_document_is_read(tmp_path):
    text = "Le Mali et la Russie ont signé un accord-cadre de coopération à Moscou."
    path = tmp_path / "note.txt.gz"
    path.write_bytes(gzip.compress(text.encode()))
    summary = batch.run(batch.collect([str(path)]))
    assert summary.read == 1 and not summary.failures
    assert Source.objects.get().text.startswith("Le Mali et la Russie")


def test_the_command_reports_failures_and_exits_0(folder, tmp_path, registers):
    data = registers.seed_migrated(tmp_path / "data")
    assert run_suivi("init", "--data-dir", str(data)).returncode == 0
    done = run_suivi("ingest", str(folder), "--data-dir", str(data), env={"SUIVI_LANGUAGE": "fr"})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "documents lus : 4" in done.stdout
    assert "échecs : 4" in done.stdout
    for name in ("b-deep.jsonl:1", "b-deep.jsonl:2", "e-archive.tar.gz", "f-broken.jsonl.gz"):
        assert name in done.stdout
