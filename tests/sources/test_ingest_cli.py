"""`suivi ingest` and `suivi review` as a user runs them: batches, reruns, crashes, concurrency."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_suivi
from tests.sources.readings import agreement, reading

CLAIMS_PER_READING = 4  # two parties, one agreement, one quote


def write_readings(path: Path, numbers: range) -> Path:
    """A .jsonl of distinct readings, each with CLAIMS_PER_READING claims."""
    with path.open("w", encoding="utf-8") as out:
        for n in numbers:
            text = f"Le Mali et la Russie ont signé l'accord n° {n} sur la santé. « Bien », dit-il."
            item = reading(
                text,
                parties=["MLI", "RUS"],
                agreements=[agreement(text, sectors=["health"], title=f"Accord n° {n}")],
                quotes=[{"text": "Bien", "speaker": None}],
            )
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def counts(database: Path) -> tuple[int, int, list[int]]:
    """Sources, claims, and the claim count of each source, read straight from SQLite."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        sources = db.execute("select count(*) from sources_source").fetchone()[0]
        claims = db.execute("select count(*) from sources_claim").fetchone()[0]
        per_source = [
            row[0]
            for row in db.execute(
                "select count(c.id) from sources_source s "
                "left join sources_claim c on c.source_id = s.id group by s.id"
            )
        ]
    return sources, claims, per_source


@pytest.fixture
def register(tmp_path, registers) -> Path:
    data = registers.seed_migrated(tmp_path / "data")
    assert run_suivi("init", "--data-dir", str(data)).returncode == 0
    return data


def sqlite_file(data: Path) -> Path:
    return next(data.glob("*.sqlite3"))


def test_ingesting_the_dev_corpus_twice_adds_nothing_the_second_time(register, shared_dir):
    corpus = str(shared_dir / "corpus" / "dev")
    first = run_suivi("ingest", corpus, "--data-dir", str(register), timeout=600)
    assert first.returncode == 0, first.stderr
    assert "nouvelles sources : 20" in first.stdout
    before = counts(sqlite_file(register))
    second = run_suivi("ingest", corpus, "--data-dir", str(register), timeout=600)
    assert "nouvelles sources : 0" in second.stdout
    assert "déjà connues : 20" in second.stdout
    assert counts(sqlite_file(register)) == before


def test_bad_documents_are_reported_and_the_rest_is_stored(register, tmp_path):
    good = write_readings(tmp_path / "good.jsonl", range(3))
    run_suivi("ingest", str(good), "--data-dir", str(register))
    before = counts(sqlite_file(register))
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "latin1.txt").write_bytes("Accord signé à Bamako, café".encode("latin-1"))
    (batch / "readings.jsonl").write_text(
        good.read_text(encoding="utf-8") + "{not json\n" + json.dumps({"document": {}}) + "\n",
        encoding="utf-8",
    )
    write_readings(batch / "more.jsonl", range(3, 5))
    result = run_suivi("ingest", str(batch), "--data-dir", str(register))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "échecs : 3" in result.stdout
    assert "latin1.txt" in result.stdout and "readings.jsonl:4" in result.stdout
    assert "déjà connues : 3" in result.stdout and "nouvelles sources : 2" in result.stdout
    sources, claims, _ = counts(sqlite_file(register))
    assert (sources, claims) == (before[0] + 2, before[1] + 2 * CLAIMS_PER_READING)


def test_nothing_readable_exits_2(register, tmp_path):
    (tmp_path / "empty.jsonl").write_text("{oops\n", encoding="utf-8")
    result = run_suivi("ingest", str(tmp_path / "empty.jsonl"), "--data-dir", str(register))
    assert result.returncode == 2
    assert "échecs : 1" in result.stdout


def test_a_killed_ingest_completes_on_rerun(register, tmp_path):
    total = 600
    readings = write_readings(tmp_path / "many.jsonl", range(total))
    database = sqlite_file(register)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "suivi", "ingest", str(readings), "--data-dir", str(register)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and counts(database)[0] < 20:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored, _, per_source = counts(database)
    assert 0 < stored < total, "the ingest should have been killed part-way"
    assert set(per_source) == {CLAIMS_PER_READING}, "a killed ingest left a half-written source"

    rerun = run_suivi("ingest", str(readings), "--data-dir", str(register), timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"déjà connues : {stored}" in rerun.stdout
    sources, claims, per_source = counts(database)
    assert sources == total and claims == total * CLAIMS_PER_READING
    assert set(per_source) == {CLAIMS_PER_READING}


def test_review_from_the_command_line(register, tmp_path):
    readings = write_readings(tmp_path / "one.jsonl", range(1))
    run_suivi("ingest", str(readings), "--data-dir", str(register))
    listed = json.loads(run_suivi("review", "list", "--json", "--data-dir", str(register)).stdout)
    by_kind = {claim["kind"]: claim for claim in listed}
    assert by_kind["party"]["proposal"].startswith("same as party")
    accepted = run_suivi(
        "review", "accept", str(by_kind["party"]["id"]), "--data-dir", str(register)
    )
    assert accepted.returncode == 0, accepted.stderr
    rejected = run_suivi(
        "review", "reject", str(by_kind["quote"]["id"]), "--reason", "sans locuteur",
        "--data-dir", str(register),
    )  # fmt: skip
    assert rejected.returncode == 0
    again = run_suivi("review", "accept", str(by_kind["quote"]["id"]), "--data-dir", str(register))
    assert again.returncode == 2 and "déjà relu" in again.stderr
    assert "Traceback" not in again.stderr
    rest = run_suivi("review", "accept-all", "--min-score", "0", "--data-dir", str(register))
    assert "constats acceptés : 2" in rest.stdout
    left = run_suivi("review", "list", "--json", "--data-dir", str(register)).stdout
    assert json.loads(left) == []


def _postgres_url() -> str | None:
    base = os.environ.get("SUIVI_TEST_DATABASE_URL")
    return base.rsplit("/", 1)[0] if base else None


@pytest.mark.skipif(not _postgres_url(), reason="needs PostgreSQL (SUIVI_TEST_DATABASE_URL)")
def test_two_concurrent_ingests_on_postgresql_neither_duplicate_nor_lose(
    tmp_path, postgres_template
):
    import psycopg

    server = _postgres_url()
    name = f"suivi_ingest_race_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'create database "{name}" template "{postgres_template}"')  # migrated
    try:
        env = {"SUIVI_DATABASE_URL": f"{server}/{name}"}
        assert run_suivi("init", "--data-dir", str(tmp_path / "d"), env=env).returncode == 0
        left, right = tmp_path / "left", tmp_path / "right"
        left.mkdir(), right.mkdir()
        write_readings(left / "a.jsonl", range(0, 300))
        write_readings(right / "b.jsonl", range(150, 450))
        full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **env}
        full_env.pop("DJANGO_SETTINGS_MODULE", None)
        command = [sys.executable, "-m", "suivi", "ingest", "--data-dir", str(tmp_path / "d")]
        processes = [
            subprocess.Popen(
                [*command, str(folder)], env=full_env, stdout=subprocess.PIPE, text=True
            )
            for folder in (left, right)
        ]
        outputs = [process.communicate(timeout=600) for process in processes]
        assert all(process.returncode == 0 for process in processes), outputs
        with psycopg.connect(f"{server}/{name}") as db:
            sources = db.execute(
                "select count(*), count(distinct content_hash) from sources_source"
            )
            assert sources.fetchone() == (450, 450)
            per_source = db.execute(
                "select count(c.id) from sources_source s "
                "left join sources_claim c on c.source_id = s.id group by s.id"
            ).fetchall()
            assert {row[0] for row in per_source} == {CLAIMS_PER_READING}
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'drop database if exists "{name}" with (force)')


def test_standard_input_is_read_and_ingested_once(register):
    communique = (
        "Communiqué conjoint\n\nLe Mali et le Sénégal ont signé à Dakar un accord de coopération "
        "dans le domaine des transports routiers.\n"
    )
    first = run_suivi("ingest", "-", "--data-dir", str(register), input=communique)
    assert first.returncode == 0, first.stderr
    assert "nouvelles sources : 1" in first.stdout
    again = run_suivi("ingest", "-", "--data-dir", str(register), input=communique)
    assert "déjà connues : 1" in again.stdout


def test_auto_accept_turns_confident_claims_into_records(register, tmp_path):
    readings = write_readings(tmp_path / "two.jsonl", range(2))
    result = run_suivi(
        "ingest",
        str(readings),
        "--auto-accept",
        "0.9",
        "--as",
        "admin",
        "--data-dir",
        str(register),
    )
    assert result.returncode == 0, result.stderr
    assert f"constats acceptés : {2 * CLAIMS_PER_READING}" in result.stdout
    with sqlite3.connect(f"file:{sqlite_file(register)}?mode=ro", uri=True) as db:
        assert db.execute("select count(*) from agreements_agreement").fetchone()[0] == 2
        reviewers = db.execute("select distinct reviewer_id from sources_claim").fetchall()
    assert len(reviewers) == 1 and reviewers[0][0] is not None
    bad = run_suivi("ingest", str(readings), "--auto-accept", "2", "--data-dir", str(register))
    assert bad.returncode == 2 and "between 0 and 1" in bad.stderr
