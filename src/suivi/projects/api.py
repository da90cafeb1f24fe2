"""REST endpoints for projects: read as the pages do; delegates of a lead party post updates."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from suivi.access.scope import editable, visible
from suivi.core import bounds
from suivi.projects.models import Project, ProjectStatus

router = Router(tags=["projects"])


class ProjectOut(Schema):
    id: int
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


@router.get("/", response=list[ProjectOut])
def list_projects(request):
    return list(visible(request.user, Project.objects.all()))


@router.get("/{project_id}", response=ProjectOut)
def get_project(request, project_id: int):
    return get_object_or_404(visible(request.user, Project.objects.all()), pk=project_id)


@router.patch("/{project_id}", response=ProjectOut)
def update_project(request, project_id: int, update: ProjectUpdate):
    """Save, then re-check inside the transaction that the user may still edit the project."""
    user = request.user
    project = get_object_or_404(visible(user, Project.objects.all()), pk=project_id)
    if not editable(user, Project.objects.filter(pk=project.pk)).exists():
        raise HttpError(403, "You may read this project but not change it.")
    with transaction.atomic():
        project = Project.objects.select_for_update().get(pk=project.pk)
        for name, value in update.dict(exclude_unset=True).items():
            setattr(project, name, value)
        try:
            project.full_clean()
        except ValidationError as error:
            raise HttpError(422, "; ".join(error.messages)) from None
        project.save()
        if not editable(user, Project.objects.filter(pk=project.pk)).exists():
            raise HttpError(403, "This change would take the project out of your reach.")
    return project
