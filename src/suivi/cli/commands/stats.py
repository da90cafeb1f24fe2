"""`suivi stats`: how many records of each kind the register holds."""

from __future__ import annotations

import argparse
import json

from suivi.cli.acting_user import add_as_argument
from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stats", help=_("compter les enregistrements du registre"))
    parser.add_argument("--json", action="store_true", help=_("écrire un objet JSON"))
    add_data_dir_argument(parser)
    add_as_argument(parser)
    parser.set_defaults(handler=run)


def counts(user=None) -> dict[str, int]:
    """`app.model` -> rows, plus `history` for every history entry; only what `user` sees."""
    from suivi.access.scope import visible
    from suivi.core.registry import history_models, record_models

    def rows(model):
        return model.objects.all() if user is None else visible(user, model.objects.all())

    def history_rows(model) -> int:
        if user is None:
            return model.objects.count()
        if model.instance_type in records:
            return model.objects.filter(id__in=rows(model.instance_type).values("pk")).count()
        # a many-to-many history row belongs to its record's history entry
        entry = model._meta.get_field("history").related_model
        return model.objects.filter(history__id__in=rows(entry.instance_type).values("pk")).count()

    records = record_models()
    result = {model._meta.label_lower: rows(model).count() for model in records}
    result["history"] = sum(history_rows(model) for model in history_models())
    return result


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env

    django_env.setup(args.data_dir)
    from suivi.cli import acting_user
    from suivi.cli.errors import CommandError

    try:
        result = counts(acting_user.resolve(args.as_user) if args.as_user else None)
    except CommandError:
        raise
    except Exception as error:  # an unmigrated register: say so instead of a traceback
        raise CommandError(
            _("le registre n'est pas prêt (%(error)s) ; lancez `suivi init`") % {"error": error}
        ) from None
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        # For a person: each kind of record by its name in the locale's language
        # ("Accords", not "agreements.agreement"); --json keeps the stable keys for scripts.
        names = {label: kind_name(label) for label in result}
        width = max(map(len, names.values()))
        for label, count in sorted(result.items(), key=lambda item: names[item[0]].casefold()):
            print(f"{names[label]:<{width}}  {count}")
    return 0


def kind_name(label: str) -> str:
    """A model label's plural name in the active language ("history": the history entries)."""
    from django.apps import apps
    from django.utils.text import capfirst

    if label == "history":
        return _("Entrées d'historique")
    return str(capfirst(apps.get_model(label)._meta.verbose_name_plural))
