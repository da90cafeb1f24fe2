"""Who a command acts as: `--as USER`, else the first superuser, so history names a person."""

from __future__ import annotations

import argparse

from suivi.cli.errors import CommandError
from suivi.cli.i18n import _


def add_as_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        help=_("agir et voir comme cet utilisateur (par défaut : le premier administrateur)"),
    )


def resolve(username: str | None):
    """The active user named `username`, or the first superuser; a clear error otherwise."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(is_active=True)
    if username:
        user = users.filter(username=username).first()
        if user is None:
            raise CommandError(_("aucun utilisateur actif nommé %(name)r") % {"name": username})
        return user
    user = users.filter(is_superuser=True).order_by("pk").first()
    if user is None:
        raise CommandError(
            _("pas encore d'administrateur : lancez `suivi init` ou donnez --as UTILISATEUR")
        )
    return user
