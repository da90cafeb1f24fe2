"""`suivi demo`: a fresh SQLite register filled with the bundled samples, served."""

from __future__ import annotations

import argparse
import os
import tempfile

from suivi.cli.commands.serve import add_server_arguments, serve
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=_("remplir un registre SQLite neuf de données d'exemple et le servir"),
        description=_(
            "Crée un registre SQLite neuf dans un nouveau dossier, y lit les articles d'exemple fournis, puis sert l'interface web et indique où et comment se connecter."
        ),
    )
    parser.add_argument(
        "--data-dir",
        help=_(
            "dossier du registre de démonstration (par défaut : SUIVI_DATA_DIR, sinon un nouveau dossier temporaire)"
        ),
    )
    add_server_arguments(parser)
    parser.add_argument(
        "--no-serve",
        action="store_true",
        help=_("remplir le registre, afficher l'identifiant et s'arrêter"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli.errors import CommandError

    # SUIVI_DATA_DIR names the folder as for every other command (a fresh one all the same).
    data_dir = (
        args.data_dir or os.environ.get("SUIVI_DATA_DIR") or tempfile.mkdtemp(prefix="suivi-demo-")
    )
    if os.path.isdir(data_dir) and any(name.endswith(".sqlite3") for name in os.listdir(data_dir)):
        raise CommandError(
            _("%(folder)s contient déjà un registre ; la démonstration veut un dossier neuf")
            % {"folder": data_dir}
        )
    os.environ.pop("SUIVI_DATABASE_URL", None)  # the demo always runs on its own SQLite file
    from suivi.cli import django_env

    django_env.setup(data_dir, initialised=False)
    django_env.migrate()
    from suivi.cli.acting_user import resolve as user_for
    from suivi.cli.commands.init import ensure_admin
    from suivi.core.actor import acting_as
    from suivi.demo.sample import ingest_articles, load_records

    _created, password = ensure_admin("admin")
    admin = user_for("admin")
    summary, accepted = ingest_articles(admin)
    with acting_as(admin):
        load_records()
    for line in demo_summary(admin, data_dir, summary.new_sources, accepted.accepted):
        print(line)
    if not args.no_serve:
        print(_("  interface web : %(url)s") % {"url": f"http://{args.host}:{args.port}/"})
    print(
        _("  connexion :     admin / %(password)s")
        % {"password": password or "(SUIVI_ADMIN_PASSWORD)"}
    )
    if not args.no_serve:
        serve(args.host, args.port, args.workers)
    return 0


def demo_summary(user, data_dir: str, articles: int, accepted: int) -> list[str]:
    """What the register holds, counted as the home page counts it for the same user."""
    from django.utils import timezone

    from suivi.access.scope import visible
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Commission
    from suivi.home.needs import needs_of
    from suivi.projects.models import Project

    needs = needs_of(user, timezone.localdate())
    count = {
        name: visible(user, model.objects.all()).count()
        for name, model in (
            ("agreements", Agreement),
            ("commissions", Commission),
            ("projects", Project),
        )
    }
    return [
        _("démo suivi : registre dans %(folder)s") % {"folder": data_dir},
        _("  %(articles)s articles lus, %(accepted)s constats acceptés, %(pending)s à relire")
        % {"articles": articles, "accepted": accepted, "pending": needs.pending_claims},
        _(
            "  %(agreements)s accords, %(commissions)s commissions (%(late)s en retard), %(projects)s projets"
        )
        % {**count, "late": needs.late_commissions},
        _("  %(actions)s actions ouvertes, %(milestones)s jalons en retard")
        % {"actions": needs.open_actions, "milestones": needs.overdue_milestone_count},
    ]
