"""`suivi restore FILE`: give back a register from a backup, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="restore a backup into an empty register",
        description="Restore a backup made by `suivi backup`. The register must be empty "
        "unless --force is given; on any error nothing is changed.",
    )
    parser.add_argument("file", type=Path, help="the archive written by `suivi backup`")
    parser.add_argument("--force", action="store_true", help="replace a register in use")
    parser.add_argument("--data-dir", help="data folder (default: SUIVI_DATA_DIR or the user's)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env
    from suivi.cli.errors import CommandError

    django_env.setup(args.data_dir)
    django_env.migrate()
    from suivi.core.backup import BackupError, restore_backup

    try:
        counts = restore_backup(args.file, force=args.force)
    except BackupError as error:
        raise CommandError(str(error)) from None
    print(f"{args.file}: {sum(counts.values())} rows restored into {len(counts)} tables")
    return 0
