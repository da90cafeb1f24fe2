"""API v1: the register's records (`resources.py`), the review queue and ingest, paged."""

from typing import Annotated

from django.shortcuts import get_object_or_404
from ninja import File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile
from ninja.openapi.docs import Swagger
from pydantic import Field

from suivi import __version__
from suivi.access.auth import API_AUTH
from suivi.access.permissions import enforce, requires
from suivi.access.scope import visible, visible_with, with_link_shown
from suivi.api.resources import RESOURCES
from suivi.core import bounds
from suivi.core.actor import acting_as
from suivi.core.api_errors import ApiError, SuiviAPI, body
from suivi.core.api_resources import mount, page_of
from suivi.core.api_types import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, choice_enum
from suivi.sources import api as sources_api
from suivi.sources.models import Claim, Source
from suivi.sources.suggestions import suggest

api = SuiviAPI(
    title="suivi",
    version=f"1 ({__version__})",
    urls_namespace="api-v1",
    auth=API_AUTH,
    docs=Swagger(settings={"persistAuthorization": True}),
)
api.add_decorator(enforce)

register = Router()
for resource in RESOURCES:
    mount(register, resource)
api.add_router("/", register)

review = Router(tags=["review"])


class PageIn(Schema):
    page: int = Field(1, ge=1, le=1_000_000)
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)


class ClaimPage(Schema):
    count: int
    next: str | None
    previous: str | None
    results: list[sources_api.ClaimOut]


class SourcePage(Schema):
    count: int
    next: str | None
    previous: str | None
    results: list[sources_api.SourceOut]


def _page(request, rows, page: PageIn) -> dict:
    return page_of(request, rows, page.page, page.page_size)


@review.get("/claims/", response=ClaimPage)
def list_claims(
    request,
    page: Query[PageIn],
    status: choice_enum(Claim, "status") | None = None,
    kind: choice_enum(Claim, "kind") | None = None,
    source: bounds.api_id(Source) | None = None,
):
    """The review queue: claims the caller may review, oldest first; each pending claim of
    the page with the record it would go into, resolved now for the caller."""
    claims = visible(request.user, Claim.objects.select_related("record_type")).order_by("pk")
    claims = with_link_shown(request.user, claims, "record")
    if status is not None:
        claims = claims.filter(status=status.value)
    if kind is not None:
        claims = claims.filter(kind=kind.value)
    if source is not None:
        claims = claims.filter(source=source)
    listed = _page(request, claims, page)
    listed["results"] = suggest(listed["results"], request.user)  # this page's only
    return listed


@review.get("/claims/{claim_id}", response=sources_api.ClaimOut)
def get_claim(request, claim_id: bounds.api_id(Claim)):
    return sources_api.get_claim(request, claim_id)


@review.post("/claims/{claim_id}/accept", response=sources_api.ClaimOut)
@requires("claim.review")
def accept_claim(request, claim_id: bounds.api_id(Claim), payload: sources_api.AcceptIn):
    """Accept a claim: a new record, or (`merge_into`) facts added to an existing one."""
    return sources_api.accept_claim(request, claim_id, payload)


class MergeIn(Schema):
    into: bounds.api_int(Claim, "record_id")
    facts: dict | None = None


@review.post("/claims/{claim_id}/merge", response=sources_api.ClaimOut)
@requires("claim.review")
def merge_claim(request, claim_id: bounds.api_id(Claim), payload: MergeIn):
    """Merge a claim into the record `into` (the review page's "merge")."""
    accept = sources_api.AcceptIn(facts=payload.facts, merge_into=payload.into)
    return sources_api.accept_claim(request, claim_id, accept)


@review.post("/claims/{claim_id}/reject", response=sources_api.ClaimOut)
@requires("claim.review")
def reject_claim(request, claim_id: bounds.api_id(Claim), payload: sources_api.RejectIn):
    return sources_api.reject_claim(request, claim_id, payload)


@review.get("/sources/", response=SourcePage)
def list_sources(request, page: Query[PageIn]):
    rows = visible(request.user, Source.objects.defer("text")).order_by("pk")
    return _page(request, rows, page)


@review.get("/sources/{source_id}", response=sources_api.SourceDetailOut)
def get_source(request, source_id: bounds.api_id(Source)):
    return get_object_or_404(
        visible_with(request.user, Source.objects.all(), "claims"), pk=source_id
    )


class IngestIn(Schema):
    text: Annotated[str, Field(max_length=2_000_000)] = ""
    url: Annotated[str, Field(max_length=2000)] = ""


class IngestOut(Schema):
    created: bool
    source: sources_api.SourceDetailOut


@review.post("/ingest", response={201: IngestOut, 200: IngestOut, 422: ApiError})
@requires("source.add")
def ingest(request, payload: Form[IngestIn], file: File[UploadedFile | None] = None):
    """Read a document (a `.txt`/`.html` file, or `text`) and store its source and claims.

    The upload page's form validates it (one of file or text; 20 MB at most); a text already
    known answers 200 with its source, a new one 201.
    """
    from suivi.sources import batch
    from suivi.sources.forms import UploadForm

    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        errors = {name: [str(m) for m in messages] for name, messages in form.errors.items()}
        return Status(422, body(next(iter(errors.values()))[0], errors))
    upload = form.cleaned_data.get("file")
    item = batch.Item(upload.name if upload else "text", data=form.document())
    with acting_as(request.user):
        summary = batch.run([item], url=form.cleaned_data.get("url") or "")
    if summary.failures:
        return Status(422, body(summary.failures[0][1]))
    source = get_source(request, summary.source_ids[0])
    return Status(
        201 if summary.new_sources else 200,
        {"created": bool(summary.new_sources), "source": source},
    )


api.add_router("/", review)
api.add_router("/", "suivi.api.documents.router")
