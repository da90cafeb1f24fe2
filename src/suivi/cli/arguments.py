"""Argument types and shared options of the commands, free of Django so that `suivi --help`
and `suivi read` never load it; the ranges are those `suivi.core.bounds` derives from the
models."""

from __future__ import annotations

import argparse

# BigAutoField's range on PostgreSQL (ids start at 1): tests check it matches core.bounds.
ID_RANGE = (1, 9223372036854775807)


def cli_int(low: int, high: int):
    """An argparse type: a whole number from `low` to `high` (English, as argparse speaks)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"expected a whole number from {low} to {high}")
        return value

    return parse


cli_id = cli_int(*ID_RANGE)


def add_data_dir_argument(parser: argparse.ArgumentParser) -> None:
    """`--data-dir`, worded once for every command that opens the register."""
    from suivi.cli.i18n import _

    parser.add_argument(
        "--data-dir",
        help=_("dossier des données (par défaut : SUIVI_DATA_DIR ou celui de l'utilisateur)"),
    )
