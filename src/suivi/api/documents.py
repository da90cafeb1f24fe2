"""Documents of agreements, projects and sessions: listed and uploaded through the API, downloaded
through the scoped document route (the same view as the pages' links)."""

from datetime import datetime
from typing import Annotated

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from pydantic import Field

from suivi.access.permissions import requires
from suivi.access.scope import can_edit, visible
from suivi.agreements import document_views
from suivi.agreements.forms import AttachedDocumentForm
from suivi.agreements.models import Document
from suivi.core import bounds
from suivi.core.api_errors import ApiError
from suivi.core.api_resources import invalid, page_of
from suivi.core.api_types import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, choice_enum

router = Router(tags=["documents"])
ID = Annotated[int, Field(ge=1, le=2**31 - 1)]
CONFIDENTIALITY = choice_enum(Document, "confidentiality")


class DocumentOut(Schema):
    id: int
    title: str
    agreement: int | None
    project: int | None
    session: int | None
    confidentiality: CONFIDENTIALITY
    uploaded_at: datetime
    download: str

    @staticmethod
    def resolve_agreement(obj: Document) -> int | None:
        return obj.agreement_id

    @staticmethod
    def resolve_project(obj: Document) -> int | None:
        return obj.project_id

    @staticmethod
    def resolve_session(obj: Document) -> int | None:
        return obj.session_id

    @staticmethod
    def resolve_download(obj: Document) -> str:
        return reverse("api-v1:download_document", args=[obj.pk])


class DocumentQuery(Schema):
    page: int = Field(1, ge=1, le=1_000_000)
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)
    agreement: ID | None = None
    project: ID | None = None
    session: ID | None = None


class DocumentPage(Schema):
    count: int
    next: str | None
    previous: str | None
    results: list[DocumentOut]


class DocumentIn(Schema):
    title: bounds.api_text(Document, "title")
    agreement: ID | None = None
    project: ID | None = None
    session: ID | None = None
    confidentiality: CONFIDENTIALITY = CONFIDENTIALITY("public")


@router.get("/documents/", response=DocumentPage)
def list_documents(request, query: Query[DocumentQuery]):
    """Documents the caller may see (a document is as hidden as the record it hangs on)."""
    rows = visible(request.user, Document.objects.all()).order_by("-uploaded_at", "-pk")
    for name in ("agreement", "project", "session"):
        value = getattr(query, name)
        if value is not None:
            rows = rows.filter(**{name: value})
    return page_of(request, rows, query.page, query.page_size)


@router.post("/documents/", response={201: DocumentOut, 422: ApiError})
@requires("document.add")
def upload_document(request, payload: Form[DocumentIn], file: File[UploadedFile]):
    """Attach a file (20 MB at most) to one agreement, project or session you may change."""
    data = {name: getattr(value, "value", value) for name, value in payload.dict().items()}
    data = {name: "" if value is None else value for name, value in data.items()}
    form = AttachedDocumentForm(data, request.FILES, user=request.user)
    if not form.is_valid():
        return invalid(form)
    with transaction.atomic():
        document = form.save()
        if not can_edit(request.user, document):
            transaction.set_rollback(True)
            raise HttpError(
                403, _("Cet enregistrement sortirait de votre périmètre : rien n'a été enregistré.")
            )
    return Status(201, document)


@router.get("/documents/{document_id}", response=DocumentOut)
def get_document(request, document_id: ID):
    from django.shortcuts import get_object_or_404

    return get_object_or_404(visible(request.user, Document.objects.all()), pk=document_id)


@router.get(
    "/documents/{document_id}/file",
    response={200: None},
    url_name="download_document",
    openapi_extra={
        "responses": {
            "200": {
                "description": "The file, as an attachment",
                "content": {
                    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
                },
            }
        }
    },
)
def download_document(request, document_id: ID):
    """The file, streamed by the pages' own scoped route (404 out of scope or missing)."""
    return document_views.download(request, document_id)
