"""REST endpoints for projects: read as the pages do; delegates of a lead party post updates."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from suivi.access.permissions import requires
from suivi.access.scope import editable, visible
from suivi.core import bounds
from suivi.core.etags import CONFLICT_RESPONSES, IF_MATCH, edit, set_etag
from suivi.projects.models import Project, ProjectStatus

router = Router(tags=["projects"])


class ProjectOut(Schema):
    id: int
    version: int
    title: str
    description: str
    status: str
    start: date | None
    end: date | None
    confidentiality: str


class ProjectUpdate(Schema):
    """What a project update may change; fields left out stay as they are (null only for dates)."""

    status: ProjectStatus = None
    description: bounds.api_text(Project, "description") = None
    start: date | None = None
    end: date | None = None
    version: int | None = None  # the version read; 409 if the project changed since


@router.get("/", response=list[ProjectOut])
def list_projects(request):
    return list(visible(request.user, Project.objects.all()))


@router.get("/{project_id}", response=ProjectOut)
def get_project(request, response: HttpResponse, project_id: int):
    """The project, with its version as ETag (send it back as `If-Match` when updating)."""
    project = get_object_or_404(visible(request.user, Project.objects.all()), pk=project_id)
    set_etag(response, project)
    return project


@router.patch("/{project_id}", response={200: ProjectOut, **CONFLICT_RESPONSES})
@requires("project.change")
def update_project(
    request,
    response: HttpResponse,
    project_id: int,
    update: ProjectUpdate,
    if_match: str | None = IF_MATCH,
):
    """Write the fields sent on the project as it is now (locked), then re-check the scope.

    `If-Match` (the ETag read) answers 412 when the project changed since; a stale `version`
    in the body, 409. The save is re-checked inside the transaction: a change that would
    take the project out of the user's reach is rolled back.
    """
    user = request.user
    get_object_or_404(visible(user, Project.objects.all()), pk=project_id)
    if not editable(user, Project.objects.filter(pk=project_id)).exists():
        raise HttpError(403, "You may read this project but not change it.")
    sent = update.dict(exclude_unset=True)
    version = sent.pop("version", None)
    with edit(editable(user, Project.objects.all()), if_match, version, pk=project_id) as project:
        changed = [name for name, value in sent.items() if getattr(project, name) != value]
        for name, value in sent.items():
            setattr(project, name, value)
        try:
            project.full_clean()
        except ValidationError as error:
            raise HttpError(422, "; ".join(error.messages)) from None
        if changed:
            project.save(update_fields=changed)
        if not editable(user, Project.objects.filter(pk=project.pk)).exists():
            raise HttpError(403, "This change would take the project out of your reach.")
    set_etag(response, project)
    return project
