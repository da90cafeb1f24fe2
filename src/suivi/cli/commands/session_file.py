"""`suivi session-file`: write the file of one session as DOCX or PDF, in French, English or Russian."""

from __future__ import annotations

import argparse
from pathlib import Path

from suivi.cli.acting_user import add_as_argument
from suivi.cli.arguments import add_data_dir_argument, cli_id
from suivi.cli.errors import CommandError
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "session-file",
        help=_(
            "écrire le dossier d'une session (couverture, ordre du jour, projets, suivi, sources)"
        ),
    )
    parser.add_argument("commission_id", type=cli_id, metavar="COMMISSION_ID")
    parser.add_argument(
        "--session", type=int, required=True, metavar="N", help=_("numéro de la session")
    )
    parser.add_argument("--format", choices=["docx", "pdf"], default="docx")
    parser.add_argument("--lang", choices=["fr", "en", "ru"], default="fr")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    add_data_dir_argument(parser)
    add_as_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import acting_user, django_env

    django_env.setup(args.data_dir)
    from suivi.access.scope import visible
    from suivi.commissions.models import Commission
    from suivi.commissions.session_file.content import MISSING_SESSION
    from suivi.commissions.session_file.render import render_session_file

    user = acting_user.resolve(args.as_user)
    commission = visible(user, Commission.objects.all()).filter(pk=args.commission_id).first()
    if commission is None:
        raise CommandError(_("aucune commission %(id)s") % {"id": args.commission_id})
    session = visible(user, commission.sessions.all()).filter(number=args.session).first()
    if session is None:
        raise CommandError(
            str(MISSING_SESSION % {"commission": commission.pk, "number": args.session})
        )
    output = Path(args.output)
    if not output.parent.is_dir():
        raise CommandError(
            _("aucun dossier %(folder)s où écrire %(name)s")
            % {"folder": output.parent, "name": output.name}
        )
    body = render_session_file(session, user, args.format, args.lang)
    partial = output.with_name(output.name + ".part")
    partial.write_bytes(body)
    partial.replace(output)
    print(
        _("%(path)s : %(format)s, %(lang)s, %(n)s octets")
        % {"path": output, "format": args.format, "lang": args.lang, "n": len(body)}
    )
    return 0
