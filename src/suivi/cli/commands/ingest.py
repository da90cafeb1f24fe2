"""`suivi ingest PATH...`: read documents (or take readings) and store them as sources and claims."""

from __future__ import annotations

import argparse
import sys

from suivi.cli.arguments import add_data_dir_argument, cli_int
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help=_("enregistrer documents et lectures comme sources et constats à relire"),
        description=_(
            "Lit chaque document (fichiers, dossiers, - pour l'entrée standard) ou prend chaque lecture d'un fichier .jsonl, et l'enregistre comme source avec ses constats. Un texte déjà enregistré est signalé comme déjà connu. Sort avec le code 2 quand rien n'a pu être lu."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_("fichier, dossier, .jsonl ou -"))
    parser.add_argument(
        "--auto-accept",
        type=_score,
        metavar="S",
        help=_(
            "accepter les nouveaux constats dont la proposition atteint au moins le score S (0..1)"
        ),
    )
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        help=_("qui enregistre et relit (le premier administrateur par défaut)"),
    )
    add_data_dir_argument(parser)
    parser.add_argument(
        "--engine",
        choices=("plain", "dask"),
        default="plain",
        help=_(
            "plain : lire dans ce processus ; dask : lire sur des workers Dask, enregistrer ici"
        ),
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=_(
            "ordonnanceur Dask à utiliser (tcp://hôte:8786) ; par défaut : un cluster sur cette machine"
        ),
    )
    parser.add_argument(
        "--workers",
        type=cli_int(1, 1024),
        metavar="N",
        help=_("processus du cluster local (par défaut : un par cœur)"),
    )
    parser.add_argument(
        "--progress-every",
        type=cli_int(1, 10**9),
        default=1000,
        metavar="N",
        help=_("hors d'un terminal, une ligne d'avancement tous les N documents (1000 par défaut)"),
    )
    parser.set_defaults(handler=run)


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 <= score <= 1:
        raise argparse.ArgumentTypeError("a score is between 0 and 1")
    return score


def run(args: argparse.Namespace) -> int:

    from suivi.cli import django_env

    django_env.setup(args.data_dir)
    from suivi.access.permissions import permits
    from suivi.cli.acting_user import resolve as user_for
    from suivi.cli.errors import CommandError
    from suivi.core.actor import acting_as
    from suivi.sources import batch

    if args.engine != "dask" and (args.scheduler or args.workers):
        raise CommandError(_("--scheduler et --workers vont avec --engine dask"))
    if args.scheduler and args.workers:
        raise CommandError(
            _("--workers dimensionne la grappe locale ; un --scheduler a ses propres workers")
        )
    user = user_for(args.as_user)  # history names who stored each source
    if not permits(user, "source.add"):
        raise CommandError(
            _("%(user)s ne peut pas ajouter de sources (source.add)") % {"user": user}
        )
    if args.auto_accept is not None and not permits(user, "claim.review"):
        raise CommandError(
            _("%(user)s ne peut pas relire les constats (claim.review)") % {"user": user}
        )
    with acting_as(user):
        if args.engine == "dask":
            summary = _run_dask(args)
        else:
            summary = batch.run(batch.collect(args.paths, sys.stdin.buffer))
    print_summary(summary)
    if args.auto_accept is not None and summary.source_ids:
        from suivi.sources.models import Claim
        from suivi.sources.review import accept_all

        outcome = accept_all(
            user, args.auto_accept, Claim.objects.filter(source_id__in=summary.source_ids)
        )
        print(_("constats acceptés : %(n)s") % {"n": outcome.accepted})
        for claim_id, reason in outcome.failed:
            print(
                _("  n° %(id)s laissée en attente : %(reason)s")
                % {"id": claim_id, "reason": reason}
            )
    return 0 if summary.read else 2


def _run_dask(args: argparse.Namespace):
    """Read on a Dask cluster, store here; a bar on a terminal (with the total counted
    first, unless standard input is read), else a line every --progress-every documents."""
    from suivi.cli.progress import Progress
    from suivi.sources import batch, bulk

    total = None
    if sys.stderr.isatty() and "-" not in args.paths:
        total = sum(1 for _item in batch.collect(args.paths))
    from suivi.cli.errors import CommandError

    try:
        with bulk.client(args.scheduler, args.workers) as client:
            progress = Progress(total, every=args.progress_every)  # the rate counts from here
            try:
                return bulk.run(batch.collect(args.paths, sys.stdin.buffer), client, progress)
            finally:
                progress.close()
    except bulk.ClusterError as error:
        raise CommandError(_("aucun cluster Dask où lire (%(error)s)") % {"error": error}) from None


def print_summary(summary) -> None:
    """The batch summary: documents read, new sources, already known, claims by kind, failures."""

    print(_("documents lus : %(n)s") % {"n": summary.read})
    print(_("nouvelles sources : %(n)s") % {"n": summary.new_sources})
    print(_("déjà connues : %(n)s") % {"n": summary.known})
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(summary.claims.items()))
    total = sum(summary.claims.values())
    print(_("constats : %(n)s") % {"n": total} + (f" ({kinds})" if kinds else ""))
    print(_("échecs : %(n)s") % {"n": len(summary.failures)})
    for name, reason in summary.failures:
        print(f"  {name}: {reason}")
