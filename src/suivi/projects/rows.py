"""The project list's rows, computed in Python (see core/rows.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.agreements.models import Agreement
from suivi.core.formats import day, money
from suivi.core.rows import labels, link_rows, table_body, url_maker
from suivi.core.vocabularies import AgreementKind
from suivi.projects.models import Milestone, Project, ProjectStatus


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
            f'</td><td class="date">{escape(self.start)}</td><td class="date">{escape(self.end)}</td></tr>'
        )


def project_table(rows: list[ProjectRow]) -> SafeString:
    """The project list's table body (core/rows.table_body)."""
    return table_body(rows, ProjectRow.html, _("Aucun projet."), 6)


def agreement_titles(user, project_ids: list) -> dict:
    """{project id: [titles of its agreements `user` may see]}, in the agreements' order.

    The link rows read as plain pairs, then the titles of the agreements `user` may see as
    values: a scoped prefetch built an Agreement instance and a related manager's
    bookkeeping for every link of the page, a tenth of the list's CPU.
    """
    links = link_rows(Project.agreements.through, "project_id", project_ids, "agreement_id")
    if not links:
        return {}
    language = (get_language() or "fr")[:2]
    order = [language] + [code for code in ("fr", "en", "ru") if code != language]
    kinds = labels(AgreementKind.choices)
    rows = visible(user, Agreement.objects.filter(pk__in={pk for _, pk in links}))
    titles = {}
    for pk, kind, *names in rows.values_list("pk", "kind", *(f"title_{code}" for code in order)):
        titles[pk] = (
            next((name for name in names if name), None) or f"{kinds.get(kind, kind)} #{pk}"
        )
    position = {pk: n for n, pk in enumerate(titles)}
    found: dict = {}
    for project, agreement in sorted(links, key=lambda link: position.get(link[1], -1)):
        if agreement in titles:
            found.setdefault(project, []).append(titles[agreement])
    return found


def project_rows(user, projects) -> list[ProjectRow]:
    """Rows for projects, each naming the agreements `user` may see."""
    projects = list(projects)
    agreements = agreement_titles(user, [project.pk for project in projects])
    statuses = labels(ProjectStatus.choices)
    url = url_maker("projects:detail")
    return [
        ProjectRow(
            url=url(project.pk),
            title=project.title,
            agreements=", ".join(agreements.get(project.pk, ())),
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
