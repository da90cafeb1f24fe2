"""The project list's rows, computed in Python (see core/rows.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from suivi.core.formats import day, money
from suivi.core.rows import labels, url_maker
from suivi.projects.models import Milestone, ProjectStatus


@dataclass(frozen=True)
class ProjectRow:
    url: str
    title: str
    agreements: str
    budget: str
    status: str
    status_label: str
    start: str
    end: str


def project_rows(projects) -> list[ProjectRow]:
    """Rows for projects fetched with their scoped `visible_agreements` prefetched."""
    statuses = labels(ProjectStatus.choices)
    url = url_maker("projects:detail")
    return [
        ProjectRow(
            url=url(project.pk),
            title=project.title,
            agreements=", ".join(str(agreement) for agreement in project.visible_agreements),
            budget=money(project.budget_amount, project.budget_currency) or "—",
            status=project.status,
            status_label=statuses.get(project.status, ""),
            start=day(project.start) or "—",
            end=day(project.end) or "—",
        )
        for project in projects
    ]


@dataclass(frozen=True)
class MilestoneRow:
    milestone: Milestone
    due: str
    done: str
    late: bool
    state: str
    css: str


def milestone_rows(milestones, today: date | None = None) -> list[MilestoneRow]:
    """A project's milestones with their state: done, late (due date passed) or to come."""
    today = today or timezone.localdate()
    rows = []
    for milestone in milestones:
        late = milestone.done_on is None and milestone.due < today
        if milestone.done_on:
            state, css = _("réalisé"), "done"
        elif late:
            state, css = _("en retard"), "late"
        else:
            state, css = _("à venir"), "pending"
        rows.append(
            MilestoneRow(
                milestone, day(milestone.due), day(milestone.done_on) or "—", late, state, css
            )
        )
    return rows
