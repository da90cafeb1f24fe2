"""`suivi rebuild-search`: recompute the words searches read (after a bulk import or an upgrade)."""

from __future__ import annotations

import argparse

from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rebuild-search",
        help=_(
            "recalculer les mots de recherche de chaque enregistrement (après un import en masse, une mise à jour)"
        ),
    )
    add_data_dir_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env

    django_env.setup(args.data_dir)
    from suivi.cli.errors import CommandError
    from suivi.core.search_rebuild import rebuild

    try:
        result = rebuild()
    except Exception as error:  # an unmigrated register: say so instead of a traceback
        raise CommandError(
            _("le registre n'est pas prêt (%(error)s) ; lancez `suivi init`") % {"error": error}
        ) from None
    for label, count in sorted(result.items()):
        print(
            _("%(model)s — enregistrements mis à jour : %(count)s")
            % {"model": _name(label), "count": count}
        )
    print(_("recherche reconstruite"))
    return 0


def _name(label: str) -> str:
    """A model's plural name in the user's language; the label itself for any other step."""
    from django.apps import apps

    try:
        return str(apps.get_model(label)._meta.verbose_name_plural)
    except (LookupError, ValueError):
        return label
