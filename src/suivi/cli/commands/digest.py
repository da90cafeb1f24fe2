"""`suivi digest`: what falls due in the coming days, per commission; e-mailed or printed."""

from __future__ import annotations

import argparse

from suivi.cli.acting_user import add_as_argument
from suivi.cli.arguments import add_data_dir_argument, cli_int
from suivi.cli.errors import CommandError
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "digest",
        help=_("ce qui arrive à échéance dans les prochains jours, par commission"),
        description=_(
            "Sessions dues, sessions prévues, actions et jalons arrivant à échéance dans les --days jours (ceux en retard compris). Envoyé par courriel si SUIVI_EMAIL est activé, affiché sinon."
        ),
    )
    parser.add_argument(
        "--days",
        type=cli_int(0, 3650),
        default=30,
        help=_("combien de jours à l'avance (30 par défaut)"),
    )
    parser.add_argument(
        "--to", action="append", default=[], metavar="ADDRESS", help=_("destinataire (à répéter)")
    )
    add_data_dir_argument(parser)
    add_as_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import acting_user, django_env

    django_env.setup(args.data_dir)
    if args.days < 0:
        raise CommandError(_("--days doit être positif ou nul"))
    from django.utils import timezone

    from suivi.commissions import digest
    from suivi.conf import env

    user = acting_user.resolve(args.as_user)
    today = timezone.localdate()
    text = digest.as_text(digest.digest(user, today, args.days), today, args.days)
    if not env.flag("SUIVI_EMAIL", default=False):
        print(text, end="")
        return 0
    recipients = args.to or ([user.email] if user.email else [])
    if not recipients:
        raise CommandError(
            _("%(user)s n'a pas d'adresse électronique ; donnez --to ADRESSE") % {"user": user}
        )
    try:
        digest.send(text, recipients, today)
    except OSError as error:
        raise CommandError(
            _("envoi du récapitulatif impossible : %(error)s") % {"error": error}
        ) from None
    print(_("récapitulatif envoyé à %(to)s") % {"to": ", ".join(recipients)})
    return 0
