"""The `suivi` command: one entry point that fronts every job.

Each sub-command lives in its own module under `suivi.cli.commands` and exposes
`register(subparsers)`; they are discovered here so that adding a command never
means editing a central list.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from suivi import __version__
from suivi.cli import commands
from suivi.cli.errors import CommandError
from suivi.cli.i18n import _, speak_argparse


def build_parser() -> argparse.ArgumentParser:
    speak_argparse()
    parser = argparse.ArgumentParser(
        prog="suivi",
        description=_(
            "Suivre la coopération intergouvernementale : registre, cycle des commissions, lecture."
        ),
    )
    parser.add_argument("--version", action="version", version=f"suivi {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except CommandError as error:
        print(f"suivi {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"suivi {args.command}: {_('interrompu')}", file=sys.stderr)
        return 130
