"""`suivi stats`: how many records of each kind the register holds."""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stats", help="count the register's records")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--data-dir", help="data folder (default: SUIVI_DATA_DIR or the user's)")
    parser.set_defaults(handler=run)


def counts() -> dict[str, int]:
    """`app.model` -> rows, plus `history` for every history entry."""
    from suivi.core.registry import history_models, record_models

    result = {model._meta.label_lower: model.objects.count() for model in record_models()}
    result["history"] = sum(model.objects.count() for model in history_models())
    return result


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env

    django_env.setup(args.data_dir)
    from suivi.cli.errors import CommandError

    try:
        result = counts()
    except Exception as error:  # an unmigrated register: say so instead of a traceback
        raise CommandError(f"the register is not ready ({error}); run `suivi init`") from None
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        width = max(map(len, result))
        for label, count in sorted(result.items()):
            print(f"{label:<{width}}  {count}")
    return 0
