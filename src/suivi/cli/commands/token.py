"""`suivi token`: API tokens for scripts; shown once, stored as a hash, expiring, revocable."""

from __future__ import annotations

import argparse
import sys

from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.i18n import _

DEFAULT_DAYS = 90
MAX_DAYS = 3650


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "token",
        help=_("créer, lister et révoquer des jetons d'API"),
        description=_(
            "Les jetons d'API permettent aux scripts d'appeler /api/ avec `Authorization: Bearer JETON`. Un jeton est affiché une fois ; suivi n'en garde que le SHA-256 et l'identifiant (la partie après `suivi_`), qui le désigne dans `list` et `revoke`."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser("create", help=_("créer un jeton pour USER et l'afficher une fois"))
    create.add_argument("user", help=_("identifiant du propriétaire du jeton"))
    create.add_argument(
        "--expires",
        metavar="DAYS",
        type=int,
        default=DEFAULT_DAYS,
        help=_("jours avant expiration, de 1 à %(most)s (%(default)s par défaut)")
        % {"most": MAX_DAYS, "default": DEFAULT_DAYS},
    )
    create.add_argument("--as", dest="actor", metavar="USER", help=_("qui l'historique nomme"))
    add_data_dir_argument(create)

    revoke = actions.add_parser("revoke", help=_("révoquer un jeton maintenant"))
    revoke.add_argument(
        "token_id", metavar="TOKEN_ID", help=_("l'identifiant du jeton (ou le jeton)")
    )
    revoke.add_argument("--as", dest="actor", metavar="USER", help=_("qui l'historique nomme"))
    add_data_dir_argument(revoke)

    listing = actions.add_parser("list", help=_("lister les jetons (jamais leur secret)"))
    listing.add_argument("--user", help=_("seulement les jetons de cet utilisateur"))
    add_data_dir_argument(listing)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env

    django_env.setup(args.data_dir)
    handlers = {"create": create, "revoke": revoke, "list": list_tokens}
    return handlers[args.action](args)


def create(args: argparse.Namespace) -> int:
    from django.contrib.auth import get_user_model

    from suivi.access import tokens
    from suivi.access.accounts import AccountError, actor
    from suivi.cli.errors import CommandError
    from suivi.core.actor import acting_as

    if not 1 <= args.expires <= MAX_DAYS:
        raise CommandError(_("--expires est un nombre de jours de 1 à %(max)d") % {"max": MAX_DAYS})
    owner = get_user_model().objects.filter(username=args.user).first()
    if owner is None:
        raise CommandError(_("aucun utilisateur « %(user)s »") % {"user": args.user})
    if not owner.is_active:
        raise CommandError(_("l'utilisateur %(user)s est désactivé") % {"user": args.user})
    try:
        with acting_as(actor(args.actor)):
            record, token = tokens.issue(owner, args.expires)
    except AccountError as error:
        raise CommandError(str(error)) from None
    print(token)
    print(
        _("Jeton %(id)s pour %(user)s, expire le %(date)s ; il ne sera plus affiché.")
        % {"id": record.prefix, "user": owner.username, "date": f"{record.expires:%Y-%m-%d}"},
        file=sys.stderr,
    )
    return 0


def revoke(args: argparse.Namespace) -> int:
    from django.db import transaction
    from django.utils import timezone

    from suivi.access import tokens
    from suivi.access.accounts import AccountError, actor
    from suivi.access.models import ApiToken
    from suivi.cli.errors import CommandError
    from suivi.core.actor import acting_as

    try:
        prefix = tokens.parse_prefix(args.token_id)
    except tokens.TokenFormatError:
        raise CommandError(
            _(
                "« %(value)s » n'est pas un identifiant de jeton "
                "(8 lettres ou chiffres, comme l'affiche `suivi token list`)"
            )
            % {"value": args.token_id}
        ) from None
    try:
        with acting_as(actor(args.actor)), transaction.atomic():
            record = ApiToken.objects.select_for_update().filter(prefix=prefix).first()
            if record is None:
                raise CommandError(_("aucun jeton d'identifiant %(id)s") % {"id": prefix})
            if record.revoked:
                print(
                    _("Le jeton %(id)s était déjà révoqué (%(when)s).")
                    % {"id": prefix, "when": f"{record.revoked:%Y-%m-%d %H:%M}"}
                )
                return 0
            record.revoked = timezone.now()
            record.save(update_fields=["revoked"])
    except AccountError as error:
        raise CommandError(str(error)) from None
    print(_("Jeton %(id)s de %(user)s révoqué.") % {"id": prefix, "user": record.user.username})
    return 0


def list_tokens(args: argparse.Namespace) -> int:
    from suivi.access.models import ApiToken

    records = ApiToken.objects.select_related("user").order_by("user__username", "-created")
    if args.user:
        records = records.filter(user__username=args.user)
    for record in records:
        state = _("révoqué") if record.revoked else _("valide")
        if not record.revoked and not record.is_usable():
            state = _("expiré")
        expires = f"{record.expires:%Y-%m-%d}" if record.expires else _("jamais")
        used = f"{record.last_used:%Y-%m-%d %H:%M}" if record.last_used else _("jamais utilisé")
        print(
            _("%(id)s  %(user)s  %(state)s  expire : %(expires)s  dernier usage : %(used)s")
            % {
                "id": record.prefix,
                "user": record.user.username,
                "state": state,
                "expires": expires,
                "used": used,
            }
        )
    return 0
