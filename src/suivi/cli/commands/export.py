"""`suivi export`: the register as CSV, XLSX or IATI 2.03, holding what the acting user may see."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from suivi.cli.acting_user import add_as_argument
from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.errors import CommandError
from suivi.cli.i18n import _

TABLE_NAMES = ("agreements", "projects", "milestones", "decisions", "action-items")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help=_("écrire accords, projets, décisions ou actions en CSV, XLSX ou IATI")
    )
    parser.add_argument("format", choices=["csv", "xlsx", "iati"])
    parser.add_argument(
        "--table",
        choices=TABLE_NAMES,
        help=_(
            "la table à écrire (CSV : les accords par défaut ; XLSX : toutes les tables, une feuille chacune)"
        ),
    )
    parser.add_argument(
        "--commission", type=int, metavar="ID", help=_("seulement ce que suit cette commission")
    )
    parser.add_argument(
        "--headers",
        choices=["labels", "names"],
        default="labels",
        help=_(
            "ligne d'en-tête : intitulés dans la langue de l'utilisateur (par défaut) ou noms stables pour les programmes"
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=_("fichier à écrire, - pour la sortie standard (CSV seulement)"),
    )
    add_data_dir_argument(parser)
    add_as_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from suivi.cli import acting_user, django_env

    django_env.setup(args.data_dir)
    from suivi.access.scope import visible
    from suivi.commissions.models import Commission
    from suivi.exchange import exports

    user = acting_user.resolve(args.as_user)
    if (
        args.commission is not None
        and not visible(user, Commission.objects.filter(pk=args.commission)).exists()
    ):
        raise CommandError(_("Aucune commission %(id)s.") % {"id": args.commission})
    if args.format != "csv" and args.output == "-":
        raise CommandError(_("Un fichier XLSX ou IATI s'écrit dans un fichier (-o FICHIER)."))
    if args.format == "csv" and args.output == "-":
        count = exports.write(
            args.format, sys.stdout, user, args.table, args.commission, args.headers
        )
        print(_("%(count)s lignes écrites.") % {"count": count}, file=sys.stderr)
        return 0
    output = Path(args.output)
    if not output.parent.is_dir():
        raise CommandError(_("Le dossier %(folder)s n'existe pas.") % {"folder": output.parent})
    partial = output.with_name(output.name + ".part")
    mode = "w" if args.format == "csv" else "wb"
    with partial.open(
        mode, **({"encoding": "utf-8-sig", "newline": ""} if mode == "w" else {})
    ) as out:
        result = exports.write(args.format, out, user, args.table, args.commission, args.headers)
    partial.replace(output)
    if args.format == "iati":
        print(
            _("%(file)s : %(count)s activités IATI.") % {"file": output, "count": result.activities}
        )
        for title in result.skipped:
            print(_("ignoré, sans aucune date : %(title)s") % {"title": title}, file=sys.stderr)
    else:
        print(_("%(file)s : %(count)s lignes.") % {"file": output, "count": result})
    return 0
