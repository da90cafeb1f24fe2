"""Every command run in a data folder `suivi init` never prepared says so, in one line.

The commands are found from the parser (a new command is covered without touching this
file), given the arguments they require (real files where they read one), and run side by
side as the user runs them, in English: each exits with a status other than 0, prints no
traceback and tells, in the user's language, to run `suivi init`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Commands that create the register (or serve it, which migrates it first), and those that
# never touch it (reading is pure Python; `manage` is Django's own).
CREATE_OR_NEVER_TOUCH = {("init",), ("demo",), ("serve",), ("restore",), ("read",), ("manage",)}


def _commands() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    from suivi.cli.main import build_parser

    found = []

    def visit(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            found.append((path, parser))
        for name, sub in subs[0].choices.items() if subs else ():
            visit(sub, (*path, name))

    visit(build_parser(), ())
    return [(path, parser) for path, parser in found if path not in CREATE_OR_NEVER_TOUCH]


def _required(parser: argparse.ArgumentParser, folder: Path) -> list[str]:
    """The arguments a command cannot run without: a choice, a file to read, else "1"."""
    text = folder.parent / "article.txt"
    text.write_text("Le Mali et la Russie ont signé un accord le 3 mars 2025.")
    reads = {"files": str(text), "paths": str(text)}
    writes = {"file", "output"}
    argv: list[str] = []
    for action in parser._actions:
        if action.dest == "help" or (action.option_strings and not action.required):
            continue
        if action.dest in reads:
            value = reads[action.dest]
        elif action.dest in writes:
            value = str(folder.parent / f"out-{action.dest}")
        else:
            value = str(next(iter(action.choices))) if action.choices else "1"
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    return argv


def _run_all(folder: Path, language: str) -> dict[str, subprocess.CompletedProcess]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SUIVI_DATABASE_URL", "DJANGO_SETTINGS_MODULE", "SUIVI_LANGUAGE")
    }
    env.update(SUIVI_DATA_DIR=str(folder), SUIVI_LANGUAGE=language)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [env.get("PYTHONPATH"), str(Path.cwd())]))
    running = {}
    for path, parser in _commands():
        argv = [*path, *_required(parser, folder)]
        running[" ".join(argv)] = subprocess.Popen(
            [sys.executable, "-m", "suivi", *argv],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    done = {}
    for command, process in running.items():
        out, err = process.communicate(timeout=300)
        done[command] = subprocess.CompletedProcess(command, process.returncode, out, err)
    return done


@pytest.mark.slow
def test_every_command_in_a_never_initialised_folder_says_to_run_init(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    results = _run_all(folder, "en")
    assert "digest" in results and "stats" in results
    for command, result in results.items():
        said = result.stdout + result.stderr
        assert "Traceback" not in said, f"suivi {command}:\n{said[-3000:]}"
        assert result.returncode not in (0, 1), f"suivi {command} ({result.returncode}): {said}"
        assert "`suivi init`" in said and "lancez" not in said, f"suivi {command}: {said}"
