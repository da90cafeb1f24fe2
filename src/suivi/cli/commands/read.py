"""`suivi read`: what a document says about cooperation, as JSON or as a summary.

Pure reading: this command never imports Django, so it runs on a worker or a
laptop without a register. `--jsonl` reads many files with the models loaded once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from suivi.cli.errors import CommandError
from suivi.cli.i18n import _

SUFFIXES = (".txt", ".html", ".htm")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "read",
        help=_("lire un document (texte d'un crawl, HTML, texte brut) et en donner la lecture"),
        description=_(
            "Lit un article de presse ou un communiqué et affiche ce qu'il dit de la coopération : parties, personnes, accords, organes, sessions, citations."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=_("un fichier, « - » pour l'entrée standard, ou un dossier"),
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=_("écrire la lecture en JSON"))
    output.add_argument(
        "--jsonl",
        action="store_true",
        help=_(
            "lire chaque fichier donné (dossiers : leurs fichiers .txt/.html), une ligne JSON chacun"
        ),
    )
    parser.set_defaults(handler=run)


def _load(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        message = _("{path} est un dossier ; utilisez --jsonl pour lire un dossier")
        raise CommandError(message.format(path=path)) from None
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror or error}") from None


def expand(paths: list[str]) -> Iterator[str]:
    """Files named, and the documents inside folders named, in a stable order."""
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            for child in sorted(folder.rglob("*")):
                if child.suffix.lower() in SUFFIXES and not child.name.endswith(".gold.json"):
                    yield str(child)
        else:
            yield path


def _summary(reading: dict) -> str:
    """A reading for a person: one block per kind of fact."""
    doc = reading["document"]
    lines = [
        doc["title"] or _("(sans titre)"),
        " · ".join(x for x in (doc["publisher"], doc["published"], doc["author"]) if x),
        _("langue : {lang}").format(lang=doc["language"]),
        _("parties : {codes}").format(codes=", ".join(reading["parties"]) or "-"),
    ]
    for person in reading["people"]:
        extra = ", ".join(x for x in (person["role"], person["party"]) if x)
        lines.append(f"  {person['name']}" + (f" ({extra})" if extra else ""))
    if reading["agreements"] or reading["agreements_total"]:
        total = reading["agreements_total"]
        lines.append(_("accords :") + (f" {total} " + _("annoncés") if total else ""))
    for item in reading["agreements"]:
        sectors = ", ".join(item["sectors"]) or "-"
        sides = "-".join(item["parties"])
        when = f" {item['date']}" if item["date"] else ""
        lines.append(f"  {item['kind']} [{sectors}] {item['status']}{when} {sides}")
    for body in reading["bodies"]:
        cadence = body["cadence_months"]
        every = _(" tous les {n} mois").format(n=cadence) if cadence else ""
        lines.append(_("organe : {name}").format(name=body["name"]) + every)
    for session in reading["sessions"]:
        number = f"#{session['number']} " if session["number"] else ""
        span = " – ".join(x for x in (session["start"], session["end"]) if x)
        lines.append(f"  {_('session')} {number}{session['body']} {span} {session['place'] or ''}")
    for quote in reading["quotes"]:
        lines.append(f"  « {quote['text']} » — {quote['speaker'] or _('sans auteur')}")
    return "\n".join(line.rstrip() for line in lines)


def _emit(text: str) -> None:
    """Print, and stop quietly when the reader of the pipe has gone (`suivi read x | head`)."""
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _read_one(path: str) -> dict:
    from suivi.reading.pipeline import ReadingError, read

    data = _load(path)
    try:
        return read(data, path).to_dict()
    except ReadingError as error:
        raise CommandError(f"{path}: {error}") from None
    except RecursionError:
        message = _("{path} : la page est trop imbriquée pour être lue")
        raise CommandError(message.format(path=path)) from None


def _read_lines(paths: list[str]) -> int:
    from suivi.reading.pipeline import ReadingError, read_many

    files = list(expand(paths))
    failed = 0
    documents = ((_load(path), path) for path in files)
    for path, result in zip(files, read_many(documents), strict=True):
        if isinstance(result, ReadingError):
            failed += 1
            print(f"suivi read: {path}: {result}", file=sys.stderr)
            continue
        _emit(json.dumps({"path": path, **result.to_dict()}, ensure_ascii=False))
    return 2 if failed else 0


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _read_lines(args.paths)
    if len(args.paths) != 1:
        raise CommandError(_("donnez un document, ou utilisez --jsonl pour plusieurs"))
    reading = _read_one(args.paths[0])
    _emit(json.dumps(reading, ensure_ascii=False, indent=2) if args.json else _summary(reading))
    return 0
