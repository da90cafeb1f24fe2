"""`suivi commission`: list commissions with their cadence status, add one, add a session."""

from __future__ import annotations

import argparse
import json
from datetime import date

from suivi.cli.acting_user import add_as_argument
from suivi.cli.arguments import add_data_dir_argument, cli_id
from suivi.cli.errors import CommandError
from suivi.cli.i18n import _


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "commission",
        help=_("commissions : respect de la périodicité, nouvelles commissions et sessions"),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list", help=_("les commissions, de la plus en retard sur sa périodicité à la moins")
    )
    listing.add_argument("--json", action="store_true", help=_("écrire un tableau JSON"))
    listing.add_argument("--today", type=_day, help=_("juger le retard à ce jour (AAAA-MM-JJ)"))

    add = actions.add_parser("add", help=_("créer une commission"))
    add.add_argument("name")
    add.add_argument(
        "--party", action="append", default=[], help=_("code d'une partie (à répéter)")
    )
    add.add_argument(
        "--agreement", action="append", type=cli_id, default=[], help=_("numéro d'un accord")
    )
    add.add_argument("--cadence", type=int, help=_("mois entre deux sessions"))
    add.add_argument("--mandate", default="")

    session = actions.add_parser(
        "add-session", help=_("créer la prochaine session et tirer son ordre du jour du registre")
    )
    session.add_argument("commission_id", type=cli_id, metavar="COMMISSION_ID")
    session.add_argument("--number", type=int, help=_("par défaut : le suivant du dernier"))
    session.add_argument("--start", help=_("AAAA-MM-JJ"))
    session.add_argument("--end", help=_("AAAA-MM-JJ"))
    session.add_argument("--place", default="")
    session.add_argument(
        "--status",
        default="planned",
        help=_("planned (prévue), held (tenue), postponed (reportée), cancelled (annulée)"),
    )

    for sub in (listing, add, session):
        add_data_dir_argument(sub)
        add_as_argument(sub)
        sub.set_defaults(handler=run)


def list_rows(user, today: date | None = None) -> list[dict]:
    """One dict per commission the user may see, most overdue first."""
    from suivi.access.scope import visible
    from suivi.commissions.models import Commission
    from suivi.commissions.status import by_lateness

    rows = []
    for commission, status in by_lateness(user, visible(user, Commission.objects.all()), today):
        rows.append(
            {
                "id": commission.pk,
                "name": commission.name,
                "parties": [party.code for party in commission.parties.all()],
                "cadence_months": commission.cadence_months,
                "last_session": status.last_session.isoformat() if status.last_session else None,
                "next_due": status.next_due.isoformat() if status.next_due else None,
                "status": status.state,
                "days_overdue": status.days_late,
            }
        )
    return rows


def _print_table(rows: list[dict]) -> None:
    if not rows:
        print(_("aucune commission"))
        return
    for row in rows:
        late = _(" de %(n)s jours") % {"n": row["days_overdue"]} if row["days_overdue"] else ""
        dates = _("dernière %(last)s  prochaine %(next)s") % {
            "last": row["last_session"] or "—",
            "next": row["next_due"] or "—",
        }
        parties = ", ".join(row["parties"])
        print(f"{row['id']:>4}  {row['name']}  [{parties}]  {dates}  {row['status']}{late}")


def _add(args: argparse.Namespace, user) -> None:
    from suivi.commissions.forms import CommissionForm, first_error
    from suivi.parties.models import Party

    parties = {party.code: party.pk for party in Party.objects.filter(code__in=args.party)}
    unknown = sorted(set(args.party) - set(parties))
    if unknown:
        raise CommandError(_("code de partie inconnu : %(codes)s") % {"codes": ", ".join(unknown)})
    form = CommissionForm(
        {
            "name": args.name,
            "parties": list(parties.values()),
            "agreements": args.agreement,
            "cadence_months": args.cadence,
            "mandate": args.mandate,
        }
    )
    if not form.is_valid():
        raise CommandError(first_error(form))
    commission = form.save()
    print(_("commission %(id)s créée : %(name)s") % {"id": commission.pk, "name": commission.name})


def _add_session(args: argparse.Namespace, user) -> None:
    from django.db import transaction

    from suivi.access.scope import editable
    from suivi.commissions.agenda import build_agenda
    from suivi.commissions.forms import SessionForm, first_error
    from suivi.commissions.models import Commission, Session
    from suivi.commissions.status import next_session_defaults

    commission = editable(user, Commission.objects.all()).filter(pk=args.commission_id).first()
    if commission is None:
        raise CommandError(
            _("aucune commission %(id)s que %(user)s puisse modifier")
            % {"id": args.commission_id, "user": user}
        )
    data = {
        "number": args.number or next_session_defaults(commission)["number"],
        "start": args.start or "",
        "end": args.end or "",
        "place": args.place,
        "status": args.status,
        "confidentiality": "public",
    }
    form = SessionForm(data, instance=Session(commission=commission))
    if not form.is_valid():
        raise CommandError(first_error(form))
    with transaction.atomic():
        session = form.save()
        added = build_agenda(session, user)
    print(
        _("session %(number)s de la commission %(id)s créée, %(n)s points à l'ordre du jour")
        % {"number": session.number, "id": commission.pk, "n": len(added)}
    )


def run(args: argparse.Namespace) -> int:
    from suivi.cli import acting_user, django_env

    django_env.setup(args.data_dir)
    user = acting_user.resolve(args.as_user)
    if args.action == "list":
        rows = list_rows(user, args.today)
        if args.json:
            print(json.dumps(rows, indent=2, ensure_ascii=False))
        else:
            _print_table(rows)
        return 0
    from suivi.access.permissions import permits
    from suivi.core.actor import acting_as

    action = "commission.add" if args.action == "add" else "session.add"
    if not permits(user, action):
        raise CommandError(
            _("%(user)s ne peut pas faire cela (%(action)s)") % {"user": user, "action": action}
        )
    with acting_as(user):
        if args.action == "add":
            _add(args, user)
        else:
            _add_session(args, user)
    return 0
