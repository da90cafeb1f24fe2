"""Argument types and shared options of the commands, free of Django so that `suivi --help`
and `suivi read` never load it; the ranges are those `suivi.core.bounds` derives from the
models."""

from __future__ import annotations

import argparse

# BigAutoField's range on PostgreSQL (ids start at 1): tests check it matches core.bounds.
ID_RANGE = (1, 9223372036854775807)


def cli_int(low: int, high: int):
    """An argparse type: a whole number from `low` to `high`, refused in the command line's
    language like argparse's own errors (cli/i18n.py)."""

    def parse(text: str) -> int:
        from suivi.cli.i18n import _

        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _("« %(value)s » n'est pas un nombre entier.") % {"value": text}
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _("Un nombre entier de %(low)s à %(high)s est attendu.")
                % {"low": low, "high": high}
            )
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
