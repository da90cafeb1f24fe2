"""A reviewer's decisions on claims: accept (as read or edited), merge into a record, reject.

Every decision runs in one transaction inside `acting_as(reviewer)`, so the record,
the link to its source and the claim's new status are written together and the
history names who decided. A decision files one history entry per record it changed
(`coalesced`) and reindexes each once (`deferred`); `accept_all` commits by batches.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.core import bounds
from suivi.core.actor import acting_as
from suivi.core.history import coalesced
from suivi.core.versioning import EditConflict
from suivi.matching.signals import deferred
from suivi.sources import facts as facts_schema
from suivi.sources import records
from suivi.sources.models import Citation, Claim, ClaimStatus
from suivi.sources.resolution import MATCH, propose


class ReviewError(ValueError):
    """A decision that cannot be carried out; the message tells the reviewer what to do."""


def record_model(kind: str):
    """The register model a claim of `kind` becomes (None for kinds without one)."""
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Commission, Session
    from suivi.parties.models import Party, Person

    return {
        "agreement": Agreement,
        "body": Commission,
        "session": Session,
        "person": Person,
        "party": Party,
        "quote": Person,
    }.get(kind)


def accept(
    claim_id: int,
    user,
    facts: dict | None = None,
    merge_into: int | None = None,
    as_new: bool = False,
):
    """Accept a pending claim, optionally with edited facts, into a chosen record, or as new."""
    with acting_as(user), transaction.atomic(), coalesced(), deferred():
        claim = _pending(claim_id)
        try:  # stored facts too: a hostile reading may hold what no column takes
            claim.facts = facts_schema.clean(claim.kind, claim.facts if facts is None else facts)
        except facts_schema.FactsError as error:
            raise ReviewError(str(error)) from None
        target = None if as_new else _target(claim, merge_into, user)
        try:
            record = records.apply(claim, target)
        except records.RecordError as error:
            raise ReviewError(str(error)) from None
        except EditConflict as conflict:  # the record was saved by someone else meanwhile
            raise ReviewError(conflict.message()) from None
        _decide(claim, user, ClaimStatus.MERGED if target is not None else ClaimStatus.ACCEPTED)
        if record is not None:
            claim.record = record
            Citation.objects.get_or_create(
                claim=claim,
                record_type=ContentType.objects.get_for_model(record),
                record_id=record.pk,
                defaults={"source": claim.source},
            )
        claim.save()
        return record


def reject(claim_id: int, user, reason: str) -> Claim:
    """Reject a pending claim; the claim stays, with the reason and who gave it."""
    reason = (reason or "").strip()
    if not reason:
        raise ReviewError(_("Un rejet demande un motif."))
    with acting_as(user), transaction.atomic():
        claim = _pending(claim_id)
        _decide(claim, user, ClaimStatus.REJECTED)
        claim.reason = reason
        claim.save()
        return claim


ACCEPT_BATCH = 200  # claims accepted per transaction by accept_all


@dataclass
class BatchResult:
    """What a scripted review did: claims accepted, and those left pending with why."""

    accepted: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)


def accept_all(user, min_score: float = MATCH, queryset=None, each=None) -> BatchResult:
    """Accept every pending claim whose proposal scores at least `min_score`, oldest first.

    Parties and bodies go first so the agreements and sessions that need them find them.
    Claims are committed ACCEPT_BATCH at a time (a commit costs more than most claims);
    each is still all or nothing (a savepoint), so a refused claim leaves the others.
    `each(claim_id, kind)`, if given, is called after every claim (benchmarks time it).
    """
    order = ["party", "person", "body", "agreement", "session", "quote"]
    queryset = queryset if queryset is not None else Claim.objects.all()
    pending = queryset.filter(status=ClaimStatus.PENDING, score__gte=min_score)
    ids = sorted(pending.values_list("pk", "kind"), key=lambda p: (order.index(p[1]), p[0]))
    result = BatchResult()
    for start in range(0, len(ids), ACCEPT_BATCH):
        with transaction.atomic():
            for claim_id, kind in ids[start : start + ACCEPT_BATCH]:
                try:
                    accept(claim_id, user)
                    result.accepted += 1
                except ReviewError as error:
                    result.failed.append((claim_id, str(error)))
                if each is not None:
                    each(claim_id, kind)
    return result


def _pending(claim_id: int) -> Claim:
    claim = Claim.objects.select_for_update().select_related("source").filter(pk=claim_id).first()
    if claim is None:
        raise ReviewError(_("Aucun constat n° %(id)s.") % {"id": claim_id})
    if claim.status != ClaimStatus.PENDING:
        raise ReviewError(
            _("Le constat n° %(id)s est déjà relu (%(status)s).")
            % {"id": claim_id, "status": claim.get_status_display()}
        )
    return claim


def _target(claim: Claim, merge_into: int | None, user):
    """The record to update: the one named, else the register's current best match, else None.

    Both among the records `user` may read: a record hidden from the reviewer is "no record
    of this type", as if it did not exist.
    """
    model = record_model(claim.kind)
    if merge_into is not None:
        low, high = bounds.int_range(model, model._meta.pk.name) if model else (1, 0)
        in_range = low <= merge_into <= high
        rows = visible(user, model.objects.all()) if model else None
        found = rows.filter(pk=merge_into).first() if in_range else None
        if found is None:
            raise ReviewError(
                _("Aucun enregistrement n° %(id)s de ce type pour y fusionner.")
                % {"id": merge_into}
            )
        return found
    proposal = propose(claim, user=user)  # the register may have grown since the claim was read
    return proposal.record


def _decide(claim: Claim, user, status: str) -> None:
    claim.status = status
    claim.reviewer = user if getattr(user, "pk", None) else None
    claim.reviewed_at = timezone.now()
