"""The project list's rows, computed in Python (see core/rows.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from suivi.core.formats import day, money
from suivi.core.rows import labels, table_body, url_maker
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

    def html(self) -> str:
        """The row as the project list shows it (values escaped)."""
        return (
            f'<tr><td><a href="{escape(self.url)}">{escape(self.title)}</a></td>'
            f'<td>{escape(self.agreements)}</td><td class="num">{escape(self.budget)}</td>'
            f'<td><span class="badge {escape(self.status)}">{escape(self.status_label)}</span>'
            f"</td><td>{escape(self.start)}</td><td>{escape(self.end)}</td></tr>"
        )


def project_table(rows: list[ProjectRow]) -> SafeString:
    """The project list's table body (core/rows.table_body)."""
    return table_body(rows, ProjectRow.html, _("Aucun projet."), 6)


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
