"""`suivi restore FILE`: give back a register from a backup, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore",
        help=_("restaurer une sauvegarde dans un registre vide"),
        description=_(
            "Restaure une sauvegarde faite par `suivi backup`. Le registre doit être vide, sauf avec --force. La signature de l'archive, ses sommes de contrôle et chaque ligne sont vérifiées avant que rien ne soit gardé ; à la moindre erreur, rien n'est changé."
        ),
    )
    parser.add_argument("file", type=Path, help=_("l'archive écrite par `suivi backup`"))
    parser.add_argument("--force", action="store_true", help=_("remplacer un registre en service"))
    parser.add_argument(
        "--trust-foreign",
        action="store_true",
        help=_(
            "accepter une archive que la clé secrète de cette instance n'a pas signée (celle d'une autre instance, ou au format 1) ; sommes de contrôle et lignes restent vérifiées"
        ),
    )
    add_data_dir_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env
    from suivi.cli.errors import CommandError

    django_env.setup(args.data_dir, initialised=False)
    django_env.migrate()
    from suivi.core.backup import BackupError
    from suivi.core.restore import restore_backup

    try:
        counts = restore_backup(args.file, force=args.force, trust_foreign=args.trust_foreign)
    except BackupError as error:
        raise CommandError(str(error)) from None
    print(
        _("%(path)s : %(rows)s lignes restaurées dans %(tables)s tables")
        % {"path": args.file, "rows": sum(counts.values()), "tables": len(counts)}
    )
    return 0
