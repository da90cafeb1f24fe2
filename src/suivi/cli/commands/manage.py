"""`suivi manage ...`: Django's management commands, for administrators."""

from __future__ import annotations

import argparse

from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "manage",
        help=_("lancer une commande d'administration Django (migrate, check, shell…)"),
        add_help=False,
    )
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from django.core.management import execute_from_command_line

    from suivi.cli import django_env

    django_env.setup(check_database=False)
    execute_from_command_line(["suivi manage", *args.arguments])
    return 0
