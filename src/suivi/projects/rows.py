"""The project list's rows, computed in Python (see core/rows.py)."""

from __future__ import annotations

from dataclasses import dataclass

from suivi.core.formats import day, money
from suivi.core.rows import labels, url_maker
from suivi.projects.models import ProjectStatus


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
