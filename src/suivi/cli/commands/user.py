"""`suivi user`: give people a role (administrator, secretariat, delegate, reviewer, reader)."""

from __future__ import annotations

import argparse
import json
import secrets

from suivi.cli.acting_user import add_as_argument
from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.i18n import _

ROLES = ("admin", "secretariat", "delegate", "reviewer", "reader")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "user",
        help=_("ajouter des utilisateurs avec un rôle, les lister"),
        description=_(
            "Ajoute un utilisateur avec un rôle, ou donne un rôle de plus à un utilisateur existant. Un délégué siège pour une partie (--party) dans une commission (--commission) ; le secrétariat travaille pour une commission."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=_("créer un utilisateur ou lui donner un rôle de plus"))
    add.add_argument("name", metavar="NAME", help=_("identifiant"))
    add.add_argument(
        "--role", required=True, help=_("parmi : %(roles)s") % {"roles": ", ".join(ROLES)}
    )
    add.add_argument("--party", metavar="CODE", help=_("la partie du délégué (MLI, RUS, AES…)"))
    add.add_argument("--commission", metavar="ID", help=_("la commission (numéro de sa page)"))
    add.add_argument(
        "--password-file",
        metavar="F",
        help=_(
            "fichier dont la première ligne est le mot de passe (par défaut : en créer un et l'afficher une fois)"
        ),
    )
    add.add_argument("--as", dest="actor", metavar="USER", help=_("qui l'historique nomme"))
    add_data_dir_argument(add)

    listing = actions.add_parser("list", help=_("lister les utilisateurs et leurs rôles"))
    listing.add_argument("--json", action="store_true", help=_("écrire un tableau JSON"))
    add_data_dir_argument(listing)
    add_as_argument(listing)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env

    django_env.setup(args.data_dir)
    return add(args) if args.action == "add" else list_users(args)


def add(args: argparse.Namespace) -> int:
    from django.contrib.auth import get_user_model

    from suivi.access.accounts import AccountError, actor, add_membership, read_password
    from suivi.cli.errors import CommandError
    from suivi.core.actor import acting_as

    try:
        password = read_password(args.password_file) if args.password_file else None
        generated = None
        if password is None and not get_user_model().objects.filter(username=args.name).exists():
            password = generated = secrets.token_urlsafe(12)
        with acting_as(actor(args.actor)):
            result = add_membership(
                args.name, args.role, args.party, args.commission, password=password
            )
    except AccountError as error:
        raise CommandError(str(error)) from None
    message = (
        _("Utilisateur %(user)s créé : %(role)s")
        if result.created_user
        else _("Utilisateur %(user)s : rôle ajouté, %(role)s")
    )
    print(message % {"user": result.user.username, "role": result.membership.get_role_display()})
    if generated:
        print(_("Mot de passe (affiché une seule fois) : %(pw)s") % {"pw": generated})
    return 0


def list_users(args: argparse.Namespace) -> int:
    """Every user and their roles; `--as USER` lists what USER may see (themselves, unless admin)."""
    from django.contrib.auth import get_user_model

    from suivi.access.scope import access_of
    from suivi.cli import acting_user

    users = get_user_model().objects.order_by("username")
    if args.as_user:
        viewer = acting_user.resolve(args.as_user)
        if not access_of(viewer).admin:
            users = users.filter(pk=viewer.pk)
    rows = []
    for user in users.prefetch_related("memberships__commission", "memberships__party"):
        roles = [
            {
                "role": m.role,
                "commission": m.commission_id,
                "party": m.party.code if m.party else None,
            }
            for m in user.memberships.all()
        ]
        if user.is_superuser and not any(r["role"] == "admin" for r in roles):
            roles.insert(0, {"role": "admin", "commission": None, "party": None})
        rows.append({"username": user.username, "active": user.is_active, "roles": roles})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        roles = ", ".join(_describe(role) for role in row["roles"]) or _("(aucun rôle)")
        inactive = "" if row["active"] else _(" [désactivé]")
        print(f"{row['username']}{inactive}  {roles}")
    return 0


def _describe(role: dict) -> str:
    """A role as the web pages name it ("Membre de délégation (commission n° 1, RUS)");
    `--json` keeps the codes `--role` takes."""
    from suivi.access.models import RoleName

    label = str(RoleName(role["role"]).label) if role["role"] in RoleName.values else role["role"]
    where = [
        _("commission n° %(id)s") % {"id": role["commission"]} if role["commission"] else "",
        role["party"] or "",
    ]
    where = [part for part in where if part]
    return f"{label} ({', '.join(where)})" if where else label
