"""A reviewer's decisions on claims: accept (as read or edited), merge into a record, reject.

Every decision runs in one transaction inside `acting_as(reviewer)`, so the record,
the link to its source and the claim's new status are written together and the
history names who decided. A decision files one history entry per record it changed
(`coalesced`) and reindexes each once (`deferred`); `accept_all` commits by batches,
with a savepoint a claim only when a batch must be run again to isolate a refusal.
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
from suivi.core.history import batched, coalesced
from suivi.core.versioning import EditConflict
from suivi.matching.signals import deferred
from suivi.sources import citing, records
from suivi.sources import facts as facts_schema
from suivi.sources.models import Citation, Claim, ClaimStatus
from suivi.sources.resolution import MATCH, Proposal
from suivi.sources.suggestions import proposal_for, score


class ReviewError(ValueError):
    """A decision that cannot be carried out; the message tells the reviewer what to do."""


class ReviewConflict(ReviewError):
    """The record the claim goes into was saved by someone else meanwhile ("Modifié par X
    entre-temps"): pages answer 409, like every edit form that meets a concurrent save."""


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
    with acting_as(user), transaction.atomic():
        return _decided(_pending(claim_id), user, facts, merge_into, as_new)


def _decided(
    claim: Claim, user, facts=None, merge_into=None, as_new=False, proposal: Proposal | None = None
):
    """Accept `claim` (locked, pending) inside the caller's transaction; returns its record.

    One history entry per record changed (`coalesced`), inserted with the other entries of
    the caller's `batched()` block if any (dropped if the claim is refused), and its keys
    brought in step as the claim ends (`deferred`): the next claim resolves against a
    register that holds it.
    `proposal`: the claim's resolution, when the caller has just made it (`accept_all`).
    """
    with batched(), citing.undone_if_refused(), coalesced(), deferred():
        try:  # stored facts too: a hostile reading may hold what no column takes
            claim.facts = facts_schema.clean(claim.kind, claim.facts if facts is None else facts)
        except facts_schema.FactsError as error:
            raise ReviewError(str(error)) from None
        target = None if as_new else _target(claim, merge_into, user, proposal)
        try:
            record = records.apply(claim, target)
        except records.RecordError as error:
            raise ReviewError(str(error)) from None
        except EditConflict as conflict:  # the record was saved by someone else meanwhile
            raise ReviewConflict(conflict.message()) from None
        _decide(claim, user, ClaimStatus.MERGED if target is not None else ClaimStatus.ACCEPTED)
        if record is not None:
            claim.record = record
            _cite(claim, record)
        claim.save()
        return record


def _cite(claim: Claim, record) -> None:
    """The citation of `record` by `claim`, once: read first, then created without the
    savepoint `get_or_create` would take (the claim is locked: nobody else cites it now)."""
    record_type = ContentType.objects.get_for_model(record)
    cited = citing.known(claim.source_id)
    if cited is not None:  # read with the batch's (`accept_all`)
        done = citing.Cited(claim.pk, claim.kind, record_type.pk, record.pk) in cited
    else:
        same = Citation.objects.filter(claim=claim, record_type=record_type, record_id=record.pk)
        done = same.exists()
    if not done:
        Citation.objects.create(
            claim=claim, record_type=record_type, record_id=record.pk, source=claim.source
        )
        citing.noted(claim.source_id, citing.Cited(claim.pk, claim.kind, record_type.pk, record.pk))


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

    The score is the claim's resolution, made as it is accepted (against the register
    as the claims before it left it, among the records `user` may read), times the
    reading's confidence, which ingest stored as the claim's score: a claim stored below
    `min_score` cannot pass and is not read; one whose match falls short stays pending.
    Parties and bodies go first so the agreements and sessions that need them find them.
    Claims are committed ACCEPT_BATCH at a time (a commit costs more than most claims),
    read and locked by one query a batch, their history entries inserted together as it
    ends (`batched`). A batch runs without a savepoint a claim; when one of its claims is
    refused, the batch is rolled back and run again with a savepoint a claim, so the
    refused claim stays pending, with why, and the others are accepted.
    `each(claim_id, kind)`, if given, is called once after every claim (benchmarks time it).
    """
    order = ["party", "person", "body", "agreement", "session", "quote"]
    queryset = queryset if queryset is not None else Claim.objects.all()
    pending = queryset.filter(status=ClaimStatus.PENDING, score__gte=min_score)
    ids = sorted(pending.values_list("pk", "kind"), key=lambda p: (order.index(p[1]), p[0]))
    result = BatchResult()
    with acting_as(user):
        for start in range(0, len(ids), ACCEPT_BATCH):
            chunk = ids[start : start + ACCEPT_BATCH]
            told = set()  # claims `each` has heard of: the retry does not tell them twice

            def tell(claim_id: int, kind: str, told=told) -> None:
                if each is not None and claim_id not in told:
                    told.add(claim_id)
                    each(claim_id, kind)

            try:
                with transaction.atomic(), batched():
                    outcome = _accept_batch(chunk, user, tell, min_score, isolated=False)
            except ReviewError:
                with transaction.atomic(), batched():
                    outcome = _accept_batch(chunk, user, tell, min_score, isolated=True)
            result.accepted += outcome.accepted
            result.failed.extend(outcome.failed)
    return result


def _accept_batch(
    chunk: list[tuple[int, str]], user, tell, min_score: float, isolated: bool
) -> BatchResult:
    """Accept the claims of `chunk` whose score reaches `min_score` inside the caller's
    transaction; the others stay pending.

    Not `isolated`: the first refusal is raised (the caller rolls the batch back).
    `isolated`: each claim in a savepoint; a refusal is noted and the batch goes on.
    The citations of the batch's sources are read once (`citing.read_once`).
    """
    locked = Claim.objects.select_for_update().select_related("source")
    claims = locked.in_bulk([claim_id for claim_id, _kind in chunk])
    with citing.read_once({claim.source_id for claim in claims.values()}):
        return _accept_each(chunk, claims, user, tell, min_score, isolated)


def _accept_each(chunk, claims: dict, user, tell, min_score: float, isolated: bool) -> BatchResult:
    """`_accept_batch`'s loop, over the claims it read and locked."""
    outcome = BatchResult()
    for claim_id, kind in chunk:
        try:
            claim = _still_pending(claims.get(claim_id), claim_id)
            proposal = proposal_for(claim, user)
            if score(claim, proposal) < min_score:
                tell(claim_id, kind)
                continue
            if isolated:
                with transaction.atomic():
                    _decided(claim, user, proposal=proposal)
            else:
                _decided(claim, user, proposal=proposal)
            outcome.accepted += 1
        except ReviewError as error:
            if not isolated:
                raise
            outcome.failed.append((claim_id, str(error)))
        tell(claim_id, kind)
    return outcome


def _pending(claim_id: int) -> Claim:
    claim = Claim.objects.select_for_update().select_related("source").filter(pk=claim_id).first()
    return _still_pending(claim, claim_id)


def _still_pending(claim: Claim | None, claim_id: int) -> Claim:
    if claim is None:
        raise ReviewError(_("Aucun constat n° %(id)s.") % {"id": claim_id})
    if claim.status != ClaimStatus.PENDING:
        raise ReviewError(
            _("Le constat n° %(id)s est déjà relu (%(status)s).")
            % {"id": claim_id, "status": claim.get_status_display()}
        )
    return claim


def _target(claim: Claim, merge_into: int | None, user, proposal: Proposal | None = None):
    """The record to update: the one named, else the register's current best match, else None.

    Both among the records `user` may read: a record hidden from the reviewer is "no record
    of this type", as if it did not exist. The match's score, times the reading's
    confidence, becomes the claim's: what the reviewer's decision rested on.
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
    if proposal is None:  # resolved now: the register may have grown since the claim was read
        proposal = proposal_for(claim, user)
    claim.score = score(claim, proposal)
    return proposal.record


def _decide(claim: Claim, user, status: str) -> None:
    claim.status = status
    claim.reviewer = user if getattr(user, "pk", None) else None
    claim.reviewed_at = timezone.now()
