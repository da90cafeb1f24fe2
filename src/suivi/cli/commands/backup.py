"""`suivi backup FILE`: every record and its history, in one archive."""

from __future__ import annotations

import argparse
from pathlib import Path

from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup", help=_("écrire chaque enregistrement et son historique dans FICHIER")
    )
    parser.add_argument("file", type=Path, help=_("l'archive à écrire (.zip)"))
    add_data_dir_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env
    from suivi.cli.errors import CommandError

    django_env.setup(args.data_dir)
    from suivi.core.backup import BackupError, write_backup

    try:
        counts = write_backup(args.file)
    except BackupError as error:
        raise CommandError(str(error)) from None
    print(
        _("%(path)s : %(rows)s lignes de %(tables)s tables, signées par la clé de cette instance")
        % {"path": args.file, "rows": sum(counts.values()), "tables": len(counts)}
    )
    return 0
