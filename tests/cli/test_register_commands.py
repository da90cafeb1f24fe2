"""The register's commands as a user runs them: init, demo, stats, backup, restore, errors."""

import json
import os
import re
import stat
import zipfile
from urllib.parse import urlsplit, urlunsplit

import pytest

pytestmark = pytest.mark.slow


def one_line_error(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_init_creates_the_register_and_an_administrator(suivi_cli, tmp_path):
    result = suivi_cli("init", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert "admin" in result.stdout
    assert (tmp_path / "data" / "suivi.sqlite3").exists()
    again = suivi_cli("init", "--data-dir", str(tmp_path / "data"))
    assert again.returncode == 0
    assert "existe déjà" in again.stdout or "already exists" in again.stdout


def test_backup_then_restore_into_an_empty_register(suivi_cli, tmp_path, registers):
    source = registers.copy_demo(tmp_path / "source")  # what `suivi demo --no-serve` fills
    target = registers.seed_migrated(tmp_path / "target")
    backup = tmp_path / "register.zip"
    assert suivi_cli("backup", str(backup), "--data-dir", str(source)).returncode == 0
    assert suivi_cli("init", "--data-dir", str(target)).returncode == 0
    restored = suivi_cli("restore", str(backup), "--data-dir", str(target))
    assert restored.returncode == 0, restored.stderr

    def stats(folder):
        result = suivi_cli("stats", "--json", "--data-dir", str(folder))
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    before, after = stats(source), stats(target)
    assert after == before
    assert after["agreements.agreement"] >= 1
    assert after["history"] > 0


def test_restore_of_a_truncated_file_is_refused_and_changes_nothing(suivi_cli, tmp_path, registers):
    data = registers.copy_demo(tmp_path / "data")  # what `suivi demo --no-serve` fills
    backup = tmp_path / "register.zip"
    assert suivi_cli("backup", str(backup), "--data-dir", str(data)).returncode == 0
    before = suivi_cli("stats", "--json", "--data-dir", str(data)).stdout
    english = {"SUIVI_LANGUAGE": "en"}
    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(backup.read_bytes()[:1000])
    line = one_line_error(
        suivi_cli("restore", str(truncated), "--force", "--data-dir", str(data), env=english)
    )
    assert "is truncated or is not a suivi backup" in line
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a backup")
    assert "not a suivi backup" in one_line_error(
        suivi_cli("restore", str(foreign), "--force", "--data-dir", str(data), env=english)
    )
    # An archive whose data is `[1, 2, 3]`, checksums and signature redone: one line, in Russian.
    from tests.register.test_restore_checks import rebuild

    bad = rebuild(backup, tmp_path / "bad.zip", data=b"[1, 2, 3]\n")
    line = one_line_error(
        suivi_cli(
            "restore", str(bad), "--force", "--data-dir", str(data), env={"SUIVI_LANGUAGE": "ru"}
        )
    )
    assert "строка 1: это не запись" in line
    # Signed by another instance's key: refused unless the administrator vouches for it.
    other = {"SUIVI_SECRET_KEY": "another-instance-key-0123456789-abcdefghijklmnop", **english}
    line = one_line_error(
        suivi_cli("restore", str(backup), "--force", "--data-dir", str(data), env=other)
    )
    assert "signature does not match" in line
    trusted = suivi_cli(
        "restore", str(backup), "--force", "--trust-foreign", "--data-dir", str(data), env=other
    )
    assert trusted.returncode == 0, trusted.stderr
    assert suivi_cli("stats", "--json", "--data-dir", str(data)).stdout == before


def test_a_sqlite_backup_restores_on_postgresql(suivi_cli, tmp_path, registers):
    """Register on SQLite, backup, restore into a fresh PostgreSQL database: the same counts."""
    base = os.environ.get("SUIVI_TEST_DATABASE_URL", "")
    if not base.startswith("postgres"):
        pytest.skip("SUIVI_TEST_DATABASE_URL names no PostgreSQL server")
    import psycopg

    parts = urlsplit(base)
    name = f"{parts.path.lstrip('/') or 'suivi'}_sqlite_to_pg"
    target = urlunsplit(parts._replace(path=f"/{name}"))
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        data = registers.seed_migrated(tmp_path / "data")
        sqlite = {"SUIVI_DATABASE_URL": ""}
        assert suivi_cli("init", "--data-dir", str(data), env=sqlite).returncode == 0
        added = suivi_cli(
            "commission",
            "add",
            "Commission mixte",
            "--party",
            "MLI",
            "--party",
            "RUS",
            "--cadence",
            "6",
            "--data-dir",
            str(data),
            env=sqlite,
        )
        assert added.returncode == 0, added.stderr
        backup = tmp_path / "register.zip"
        assert suivi_cli("backup", str(backup), "--data-dir", str(data), env=sqlite).returncode == 0
        with zipfile.ZipFile(backup) as archive:
            assert "data.jsonl" in archive.namelist()
        postgres = {"SUIVI_DATABASE_URL": target}
        restored = suivi_cli("restore", str(backup), "--data-dir", str(data), env=postgres)
        assert restored.returncode == 0, restored.stderr

        def stats(env):
            result = suivi_cli("stats", "--json", "--data-dir", str(data), env=env)
            assert result.returncode == 0, result.stderr
            return json.loads(result.stdout)

        assert stats(postgres) == stats(sqlite)
        assert stats(postgres)["commissions.commission"] == 1
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_an_unreachable_database_is_one_line(suivi_cli, tmp_path):
    result = suivi_cli(
        "stats",
        "--data-dir",
        str(tmp_path),
        env={"SUIVI_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none", "SUIVI_LANGUAGE": "fr"},
    )
    assert "base de données injoignable" in one_line_error(result)


def test_a_bad_database_url_is_one_line(suivi_cli, tmp_path):
    result = suivi_cli(
        "stats", "--data-dir", str(tmp_path), env={"SUIVI_DATABASE_URL": "nonsense://"}
    )
    assert "SUIVI_DATABASE_URL" in one_line_error(result)


def test_a_data_folder_that_is_not_writable_is_one_line(suivi_cli, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = suivi_cli("init", "--data-dir", str(blocker / "data"))
    assert "pas accessible en écriture" in one_line_error(result)  # French by default
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = suivi_cli("init", "--data-dir", str(locked))
        if result.returncode == 0:  # root ignores permission bits
            pytest.skip("running as root: permission bits do not stop writes")
        assert "pas accessible en écriture" in one_line_error(result)  # French by default
    finally:
        locked.chmod(stat.S_IRWXU)


def test_demo_needs_a_fresh_folder(suivi_cli, tmp_path):
    data = tmp_path / "demo"
    first = suivi_cli("demo", "--data-dir", str(data), "--no-serve", env={"SUIVI_LANGUAGE": "en"})
    assert first.returncode == 0
    assert "http://" not in first.stdout  # --no-serve serves nothing, so it names no address
    # The summary counts as the home page does: some claims wait for review, one
    # commission is late, and the sample's agreements and the press's are all counted.
    assert re.search(r"[1-9]\d* to review", first.stdout), first.stdout
    assert re.search(r"\d+ agreements, 2 commissions \(2 overdue\)", first.stdout), first.stdout
    assert "fresh folder" in one_line_error(
        suivi_cli("demo", "--data-dir", str(data), "--no-serve", env={"SUIVI_LANGUAGE": "en"})
    )


def test_demo_fills_the_folder_suivi_data_dir_names(suivi_cli, tmp_path):
    data = tmp_path / "from-env"
    done = suivi_cli("demo", "--no-serve", env={"SUIVI_DATA_DIR": str(data)})
    assert done.returncode == 0, done.stderr
    assert str(data) in done.stdout
    assert any(path.suffix == ".sqlite3" for path in data.iterdir())
