"""`suivi import`: agreements, projects and milestones from CSV/XLSX, projects from IATI XML."""

from __future__ import annotations

import argparse
from pathlib import Path

from suivi.cli.acting_user import add_as_argument
from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.errors import CommandError
from suivi.cli.i18n import _

SHOWN_ROWS = 200  # rows printed one by one (every row on a dry run, else refused ones)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help=_("charger accords et projets depuis un tableur ou un fichier IATI")
    )
    parser.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help=_("fichiers .csv ou .xlsx (importés ensemble), ou un fichier d'activités IATI .xml"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("dire ce qui changerait, ne rien écrire")
    )
    parser.add_argument(
        "--table",
        choices=["agreements", "projects", "milestones"],
        help=_(
            "ce que contient un fichier d'une seule feuille (par défaut : reconnu à ses en-têtes)"
        ),
    )
    parser.add_argument(
        "--mapping", metavar="JSON", help=_('{"en-tête du fichier": "nom de colonne"}')
    )
    add_data_dir_argument(parser)
    add_as_argument(parser)
    parser.set_defaults(handler=run)


def line_of(outcome) -> str:
    """One row's fate: what it creates, changes or leaves, or why it is refused."""
    place = {"sheet": outcome.sheet, "line": outcome.line}
    if outcome.action == "refuse":
        return _("%(sheet)s, ligne %(line)s : refusée — %(errors)s") % {
            **place,
            "errors": " ; ".join(outcome.errors),
        }
    words = {"create": _("à créer"), "change": _("à modifier"), "same": _("inchangée")}
    return _("%(sheet)s, ligne %(line)s : %(action)s — %(label)s") % {
        **place,
        "action": words[outcome.action],
        "label": outcome.label,
    }


def run(args: argparse.Namespace) -> int:
    from suivi.cli import acting_user, django_env

    django_env.setup(args.data_dir)
    from suivi.access.permissions import permits, refusal
    from suivi.exchange.imports import ImportFailed, import_file

    user = acting_user.resolve(args.as_user)
    if not permits(user, "register.import"):
        raise CommandError(str(refusal("register.import")))
    paths = [Path(name) for name in args.files]
    for path in paths:
        if not path.is_file():
            raise CommandError(_("Aucun fichier %(file)s.") % {"file": path})
    try:
        report = import_file(
            paths,
            user,
            dry_run=args.dry_run,
            table=args.table,
            mapping=Path(args.mapping) if args.mapping else None,
        )
    except ImportFailed as error:
        raise CommandError(str(error)) from None
    for note in report.notes:
        print(note)
    listed = report.outcomes if args.dry_run else report.refused  # a dry run lists every row
    total = sum(report.counts.values()) if args.dry_run else len(report.refused)
    for outcome in listed[:SHOWN_ROWS]:
        print(line_of(outcome))
    if total > SHOWN_ROWS:
        print(_("… et %(count)s autres lignes.") % {"count": total - SHOWN_ROWS})
    counts = {action: report.count(action) for action in ("create", "change", "same", "refuse")}
    print(
        _("%(create)s à créer, %(change)s à modifier, %(same)s inchangées, %(refuse)s refusées.")
        % counts
    )
    if report.applied:
        print(_("Import effectué."))
        return 0
    if args.dry_run and not report.refused:
        print(_("Essai à blanc : rien n'a été écrit."))
        return 0
    print(_("Rien n'a été importé : corrigez les lignes refusées et recommencez."))
    return 2
