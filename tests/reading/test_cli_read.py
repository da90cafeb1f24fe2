"""`suivi read` as a user runs it: JSON, a summary, many files, and clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = Path(__file__).parent / "hostile"
SEED = ROOT.parent / "shared" / "corpus" / "dev" / "000_8be80f8210069b19.txt"
ARTICLE = (
    " date 2023-02 Le Mali et le Niger signent un accord - exemple.ml\n\n"
    "Publié le mardi 14 février 2023 | exemple.ml\n\n"
    "Le Mali et le Niger ont signé mardi à Niamey un accord de coopération dans le domaine "
    "de la santé. « Cet accord ouvre une nouvelle page entre nos deux pays », a déclaré le "
    "ministre malien des Affaires étrangères, Abdoulaye Diop.\n"
)


def suivi(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "suivi", "read", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=300,
    )


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    return err


@pytest.mark.slow
def test_json_from_standard_input_has_every_field():
    result = suivi("-", "--json", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    reading = json.loads(result.stdout)
    assert set(reading) == {
        "document", "parties", "people", "agreements", "agreements_total", "bodies",
        "sessions", "quotes",
    }  # fmt: skip
    assert reading["document"]["published"] == "2023-02-14"
    assert set(reading["parties"]) == {"MLI", "NER"}
    assert reading["quotes"][0]["speaker"] == "Abdoulaye Diop"


@pytest.mark.slow
def test_summary_for_a_person(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = suivi(str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "Le Mali et le Niger signent un accord" in out
    assert "parties : MLI, NER" in out  # French by default, like the web interface
    assert "Abdoulaye Diop" in out


@pytest.mark.slow
def test_jsonl_reads_a_folder_and_reports_unreadable_files(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Le Mali et le Niger.</p></body></html>")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("not a document")
    result = suivi("--jsonl", str(tmp_path))
    lines = result.stdout.decode().splitlines()
    assert [json.loads(line)["path"] for line in lines] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.html"),
    ]
    assert "c.txt: empty document" in one_line_error(result)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("empty.txt", "empty document"),
        ("binary.bin", "binary data"),
        ("latin1-undeclared.txt", "not UTF-8"),
        ("declared-unknown.html", "unknown encoding"),
    ],
)
def test_unreadable_document_exits_2_with_one_line(name, why):
    assert why in one_line_error(suivi(str(HOSTILE / name), "--json"))


def test_missing_file_and_folder_without_jsonl(tmp_path):
    assert "No such file" in one_line_error(suivi(str(tmp_path / "nope.txt")))
    assert "--jsonl" in one_line_error(suivi(str(tmp_path)))


@pytest.mark.slow
def test_read_never_imports_django():
    code = (
        "import sys; from suivi.cli.main import main; "
        f"main(['read', '--json', {str(HOSTILE / 'malformed.html')!r}]); "
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules), 'django'"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr.decode()[-500:]


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="../shared corpus not present")
def test_seed_article_through_the_command():
    reading = json.loads(suivi(str(SEED), "--json").stdout)
    assert reading["parties"] == ["RUS", "MLI", "AES"] or set(reading["parties"]) == {
        "MLI", "RUS", "AES",
    }  # fmt: skip
    assert reading["document"]["published"] == "2025-06-28"
    assert reading["document"]["author"] == "M.S"
