"""`suivi init`: create the data folder, migrate the register, create an administrator."""

from __future__ import annotations

import argparse
import os
import secrets

from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help=_("créer le dossier des données, le registre et un administrateur"),
        description=_(
            "Crée le dossier des données, applique les migrations et crée un administrateur dont le mot de passe vient de SUIVI_ADMIN_PASSWORD ou est affiché une fois."
        ),
    )
    add_data_dir_argument(parser)
    parser.add_argument(
        "--username", default="admin", help=_("identifiant de l'administrateur (admin)")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env

    django_env.setup(args.data_dir, initialised=False)
    django_env.migrate()
    created, password = ensure_admin(args.username)
    from django.conf import settings

    print(_("Registre prêt : %(db)s") % {"db": describe_database(settings.DATABASES["default"])})
    if created:
        if password:
            print(
                _("Administrateur « %(user)s » créé, mot de passe : %(pw)s")
                % {"user": args.username, "pw": password}
            )
            print(_("Ce mot de passe ne sera plus affiché."))
        else:
            print(
                _("Administrateur « %(user)s » créé (mot de passe de SUIVI_ADMIN_PASSWORD).")
                % {"user": args.username}
            )
    else:
        print(_("L'administrateur « %(user)s » existe déjà.") % {"user": args.username})
    return 0


def ensure_admin(username: str) -> tuple[bool, str | None]:
    """Create the administrator once; returns (created, password to show or None)."""
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        return False, None
    given = os.environ.get("SUIVI_ADMIN_PASSWORD")
    password = given or secrets.token_urlsafe(12)
    user_model.objects.create_superuser(username=username, email="", password=password)
    return True, None if given else password


def describe_database(config: dict) -> str:
    if config["ENGINE"].endswith("sqlite3"):
        return f"SQLite {config['NAME']}"
    return f"PostgreSQL {config.get('HOST') or 'localhost'}:{config.get('PORT') or 5432}/{config['NAME']}"
