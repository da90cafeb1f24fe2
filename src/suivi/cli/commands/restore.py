"""`suivi restore FILE`: give back a register from a backup, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="restore a backup into an empty register",
        description="Restore a backup made by `suivi backup`. The register must be empty "
        "unless --force is given. The archive's signature, checksums and every row are checked "
        "before anything is kept; on any error nothing is changed.",
    )
    parser.add_argument("file", type=Path, help="the archive written by `suivi backup`")
    parser.add_argument("--force", action="store_true", help="replace a register in use")
    parser.add_argument(
        "--trust-foreign",
        action="store_true",
        help="accept an archive this instance's secret key did not sign (another instance's, "
        "or format 1); checksums and rows are still checked",
    )
    parser.add_argument("--data-dir", help="data folder (default: SUIVI_DATA_DIR or the user's)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env
    from suivi.cli.errors import CommandError

    django_env.setup(args.data_dir)
    django_env.migrate()
    from suivi.cli.i18n import _
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
