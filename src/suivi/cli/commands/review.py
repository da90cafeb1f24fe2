"""`suivi review`: list claims, accept, merge or reject them from the command line."""

from __future__ import annotations

import argparse
import json

from suivi.cli.arguments import add_data_dir_argument, cli_id
from suivi.cli.i18n import _

STATUSES = ("pending", "accepted", "merged", "rejected", "all")
KINDS = ("agreement", "body", "session", "person", "party", "quote")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help=_("lister, accepter, fusionner ou rejeter des constats"),
        description=_(
            "Relire les constats proposés par ingest : en accepter un (comme nouvel enregistrement ou dans celui que le registre lui apparie), le fusionner dans un enregistrement nommé, le rejeter avec un motif, ou accepter tous les constats en attente au-dessus d'un score."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=_("lister les constats (en attente par défaut)"))
    listing.add_argument("--status", choices=STATUSES, default="pending")
    listing.add_argument("--kind", choices=KINDS)
    listing.add_argument("--json", action="store_true", help=_("un tableau JSON"))
    listing.add_argument(
        "--limit",
        type=cli_id,
        metavar="N",
        help=_("les N premiers constats seulement (la proposition est calculée pour chacun)"),
    )
    accept = actions.add_parser("accept", help=_("accepter un constat"))
    accept.add_argument("id", type=cli_id, metavar="ID")
    accept.add_argument(
        "--merge-into",
        type=cli_id,
        metavar="RECORD_ID",
        help=_("mettre à jour cet enregistrement plutôt"),
    )
    accept.add_argument(
        "--new",
        action="store_true",
        help=_("créer un nouvel enregistrement même si un autre correspond"),
    )
    reject = actions.add_parser("reject", help=_("rejeter un constat, avec un motif"))
    reject.add_argument("id", type=cli_id, metavar="ID")
    reject.add_argument("--reason", required=True, help=_("pourquoi le constat est faux"))
    accept_all = actions.add_parser(
        "accept-all", help=_("accepter les constats en attente au-dessus d'un score")
    )
    accept_all.add_argument("--min-score", type=float, default=0.6, metavar="S")
    for sub in (listing, accept, reject, accept_all):
        sub.add_argument(
            "--as",
            dest="as_user",
            metavar="USER",
            help=_("relecteur (le premier administrateur par défaut)"),
        )
        add_data_dir_argument(sub)
        sub.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:

    from suivi.cli import django_env

    django_env.setup(args.data_dir)
    from suivi.cli.acting_user import resolve as user_for
    from suivi.cli.errors import CommandError
    from suivi.sources import review

    user = user_for(args.as_user)
    if args.action == "list":
        return _list(user, args)
    from suivi.access.permissions import permits

    if not permits(user, "claim.review"):
        raise CommandError(
            _("%(user)s ne peut pas relire les constats (claim.review)") % {"user": user}
        )
    try:
        if args.action == "accept":
            record = review.accept(args.id, user, merge_into=args.merge_into, as_new=args.new)
            print(
                _("Constat n° %(id)s accepté : %(record)s")
                % {"id": args.id, "record": record or "—"}
            )
        elif args.action == "reject":
            review.reject(args.id, user, args.reason)
            print(_("Constat n° %(id)s rejeté") % {"id": args.id})
        else:
            outcome = review.accept_all(user, args.min_score)
            print(_("constats acceptés : %(n)s") % {"n": outcome.accepted})
            for claim_id, reason in outcome.failed:
                print(f"  {claim_id}: {reason}")
    except review.ReviewError as error:
        raise CommandError(str(error)) from None
    return 0


def _list(user, args: argparse.Namespace) -> int:
    from django.utils import formats

    from suivi.access.scope import visible, with_link_shown
    from suivi.sources.describe import as_dict, readable_summary
    from suivi.sources.models import Claim

    claims = visible(user, Claim.objects.select_related("source", "record_type"))
    claims = with_link_shown(user, claims, "record")
    if args.status != "all":
        claims = claims.filter(status=args.status)
    if args.kind:
        claims = claims.filter(kind=args.kind)
    if args.limit:
        claims = claims[: args.limit]
    if args.json:
        listed = [as_dict(claim) for claim in _suggested(claims, user)]
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    for claim in _suggested(claims, user):
        score = formats.number_format(claim.score, 2) if claim.score is not None else "—"
        print(
            f"{claim.pk:>6}  {claim.get_kind_display():<16} {claim.get_status_display():<15} "
            f"{score:>4}  {_proposal_words(claim):<34} {readable_summary(claim)[:70]}"
        )
    return 0


def _proposal_words(claim) -> str:
    """What `proposal()` says ("new", "same as party #190") as the claims page does, in the
    reader's language: a pending claim's suggestion, a reviewed claim's record; `--json`
    keeps the codes for scripts."""
    from suivi.access.scope import RESTRICTED
    from suivi.sources.describe import record_shown

    if claim.record_id is None:
        return _("nouvel enregistrement") if claim.status == "pending" else "—"
    if record_shown(claim):
        kind = claim.record_type.model_class()._meta.verbose_name
        record = _("%(kind)s n° %(id)s") % {"kind": kind, "id": claim.record_id}
    else:
        record = str(RESTRICTED)
    if claim.status == "pending":
        return _("déjà au registre : %(record)s") % {"record": record}
    return f"→ {record}"


def _suggested(claims, user, chunk: int = 200):
    """The claims, each pending one with its suggestion for `user`, resolved a chunk at a
    time as they are printed: ingest stores none (see `suivi.sources.suggestions`), and a
    long queue's first lines need not wait for its last."""
    from suivi.sources.suggestions import attach, proposal_for

    memo: dict = {}
    for claim in claims.iterator(chunk_size=chunk):
        if claim.status == "pending":
            attach(claim, proposal_for(claim, user, memo))
        yield claim
