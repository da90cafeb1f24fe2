"""REST endpoints for sources and claims, scoped like the pages; accept and reject for reviewers."""

from __future__ import annotations

from datetime import date, datetime

from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from suivi.access.permissions import requires
from suivi.access.scope import editable, visible, visible_with, with_link_shown
from suivi.core import bounds
from suivi.sources import review
from suivi.sources.describe import proposal, record_id
from suivi.sources.models import Claim, Source
from suivi.sources.suggestions import suggest

router = Router(tags=["sources"])


class SourceOut(Schema):
    id: int
    url: str
    title: str
    publisher: str
    author: str
    published: date | None
    published_precision: str
    language: str
    content_hash: str
    read_at: datetime


class SourceDetailOut(SourceOut):
    text: str
    claims: list[int]

    @staticmethod
    def resolve_claims(obj: Source) -> list[int]:
        return [claim.pk for claim in obj.visible_claims]  # scoped by get_source()


class ClaimOut(Schema):
    id: int
    source: int
    kind: str
    status: str
    facts: dict
    evidence: str
    score: float | None
    proposal: str
    record_type: str | None
    record_id: int | None
    reason: str

    @staticmethod
    def resolve_source(obj: Claim) -> int:
        return obj.source_id

    @staticmethod
    def resolve_proposal(obj: Claim) -> str:
        return proposal(obj)

    @staticmethod
    def resolve_record_id(obj: Claim) -> int | None:
        return record_id(obj)

    @staticmethod
    def resolve_record_type(obj: Claim) -> str | None:
        return obj.record_type.model if obj.record_type_id else None


class AcceptIn(Schema):
    facts: dict | None = None
    merge_into: bounds.api_int(Claim, "record_id") | None = None
    as_new: bool = False


class RejectIn(Schema):
    reason: bounds.api_text(Claim, "reason")


def _claims(request):
    claims = visible(request.user, Claim.objects.select_related("record_type"))
    return with_link_shown(request.user, claims, "record")


@router.get("/", response=list[SourceOut])
def list_sources(request):
    return list(visible(request.user, Source.objects.defer("text"))[:500])


@router.get("/claims", response=list[ClaimOut])
def list_claims(
    request,
    status: bounds.api_choice(Claim, "status") | None = None,
    kind: bounds.api_choice(Claim, "kind") | None = None,
):
    claims = _claims(request)
    if status:
        claims = claims.filter(status=status)
    if kind:
        claims = claims.filter(kind=kind)
    return suggest(claims[:500], request.user)


@router.get("/claims/{claim_id}", response=ClaimOut)
def get_claim(request, claim_id: int):
    """One claim; a pending one with the record it would go into, resolved now for the caller."""
    return suggest([get_object_or_404(_claims(request), pk=claim_id)], request.user)[0]


def _decide(request, claim_id: int, decision) -> Claim:
    get_object_or_404(editable(request.user, Claim.objects.all()), pk=claim_id)
    try:
        decision()
    except review.ReviewError as error:
        raise HttpError(400, str(error)) from None
    return get_claim(request, claim_id)


@router.post("/claims/{claim_id}/accept", response=ClaimOut)
@requires("claim.review")
def accept_claim(request, claim_id: int, payload: AcceptIn):
    return _decide(
        request,
        claim_id,
        lambda: review.accept(
            claim_id, request.user, payload.facts, payload.merge_into, payload.as_new
        ),
    )


@router.post("/claims/{claim_id}/reject", response=ClaimOut)
@requires("claim.review")
def reject_claim(request, claim_id: int, payload: RejectIn):
    return _decide(request, claim_id, lambda: review.reject(claim_id, request.user, payload.reason))


@router.get("/{source_id}", response=SourceDetailOut)
def get_source(request, source_id: int):
    return get_object_or_404(
        visible_with(request.user, Source.objects.all(), "claims"), pk=source_id
    )
