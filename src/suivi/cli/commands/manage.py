"""`suivi manage ...`: Django's management commands, for administrators."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "manage",
        help="run a Django management command (migrate, check, shell, ...)",
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
