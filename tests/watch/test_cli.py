"""`suivi watch --once` as cron runs it: sources merged from the file, one line per source,
an exit status that tells whether everything was read."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import run_suivi
from tests.watch.server import Answer, article, rss

pytestmark = pytest.mark.slow

FR = {"SUIVI_LANGUAGE": "fr"}


def test_watch_once_reads_the_configured_sources(tmp_path, site, registers):
    site.pages["/feed.xml"] = Answer(rss([site.url("/a/1.html")]))
    site.pages["/a/1.html"] = Answer(article(1))
    config = tmp_path / "watch.toml"
    config.write_text(
        f'[watch]\ntimeout = 5\ncontact = "veille@example.org"\n\n'
        f'[[source]]\nurl = "{site.url("/feed.xml")}"\nname = "Presse"\nrate_limit = 0\n\n'
        f'[[source]]\nurl = "{site.url("/gone.xml")}"\nrate_limit = 0\n',
        encoding="utf-8",
    )
    data = registers.seed_migrated(tmp_path / "data")
    assert run_suivi("init", "--data-dir", str(data), env=FR).returncode == 0

    first = run_suivi("watch", "--once", "--config", str(config), "--data-dir", str(data), env=FR)
    assert first.returncode == 1, first.stderr  # one source of two failed
    lines = first.stdout.splitlines()
    assert f"{site.url('/feed.xml')} : 1 entrée, 1 nouvelle, 1 source ajoutée" in lines[0]
    assert "échec, le serveur a refusé la page (404 Not Found)" in lines[1]
    assert "veille@example.org" in site.requests[0][1]["User-Agent"]

    second = run_suivi("watch", "--once", "--config", str(config), "--data-dir", str(data), env=FR)
    assert "1 entrée, 0 nouvelles, 0 sources ajoutées" in second.stdout
    with sqlite3.connect(data / "suivi.sqlite3") as db:
        assert db.execute("select count(*) from sources_source").fetchone()[0] == 1
        names = db.execute("select name from watch_watchedfeed order by id").fetchall()
    assert names == [("Presse",), ("",)]


def test_a_wrong_configuration_is_one_line_and_status_2(tmp_path):
    config = tmp_path / "watch.toml"
    config.write_text('[[source]]\nurl = "https://x.example/"\nkind = "blog"\n', encoding="utf-8")
    result = run_suivi("watch", "--once", "--config", str(config), env=FR)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"suivi watch: {config}: source 1: kind must be one of feed, sitemap"
    )


def test_without_once_it_repeats_until_sigterm(tmp_path, site, registers):
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    site.pages["/feed.xml"] = Answer(rss([]))
    config = tmp_path / "watch.toml"
    config.write_text(f'[[source]]\nurl = "{site.url("/feed.xml")}"\nrate_limit = 0\n')
    data = registers.seed_migrated(tmp_path / "data")
    assert run_suivi("init", "--data-dir", str(data), env=FR).returncode == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **FR}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    command = [sys.executable, "-m", "suivi", "watch", "--interval", "1", "--config", str(config)]
    process = subprocess.Popen(
        [*command, "--data-dir", str(data)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert "0 entrées" in process.stdout.readline()
        assert "0 entrées" in process.stdout.readline(), "a second pass after the interval"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
