"""The agreement list's rows, computed in Python (see core/rows.py)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.agreements.models import Agreement
from suivi.core.formats import day
from suivi.core.rows import abbreviations, labels, linked_names, table_body, url_maker
from suivi.core.vocabularies import AgreementKind, AgreementStatus


@dataclass(frozen=True)
class AgreementRow:
    url: str
    title: str
    kind: str
    parties: SafeString
    sectors: str
    status: str
    status_label: str
    signed: str

    def html(self) -> str:
        """The row as the agreement list shows it (values escaped; parties are markup)."""
        return (
            f'<tr><td><a href="{escape(self.url)}">{escape(self.title)}</a>'
            f'<div class="muted">{escape(self.kind)}</div></td><td>{self.parties}</td>'
            f"<td>{escape(self.sectors)}</td>"
            f'<td><span class="badge {escape(self.status)}">{escape(self.status_label)}</span>'
            f"</td><td>{escape(self.signed)}</td></tr>"
        )


def agreement_table(rows: list[AgreementRow]) -> SafeString:
    """The agreement list's table body (core/rows.table_body)."""
    return table_body(rows, AgreementRow.html, _("Aucun accord."), 5)


def agreement_rows(agreements) -> list[AgreementRow]:
    """Rows for agreements; their parties and sectors are read here, as plain values.

    Two queries of (agreement, code, names) tuples rather than prefetch_related(), which
    built a model instance and a related manager for every party and sector of the page.
    Parties and sectors are reference data: whoever sees the agreement sees them.
    """
    agreements = list(agreements)
    ids = [agreement.pk for agreement in agreements]
    parties = linked_names(
        Agreement.parties.through, "agreement_id", ids, "party", ("code", "name")
    )
    sectors = linked_names(
        Agreement.sectors.through, "agreement_id", ids, "sector", ("code", "name")
    )
    kinds, statuses = labels(AgreementKind.choices), labels(AgreementStatus.choices)
    url = url_maker("agreements:detail")
    return [
        AgreementRow(
            url=url(agreement.pk),
            title=str(agreement),
            kind=kinds.get(agreement.kind, ""),
            parties=abbreviations(parties.get(agreement.pk, ())),
            sectors=", ".join(name for _, name in sectors.get(agreement.pk, ())),
            status=agreement.status,
            status_label=statuses.get(agreement.status, ""),
            signed=day(agreement.signed_on) or "—",
        )
        for agreement in agreements
    ]


@dataclass(frozen=True)
class ProjectLink:
    url: str
    title: str
    status: str


def project_links(user, agreement: Agreement) -> list[ProjectLink]:
    """The projects of `agreement` that `user` may see, as the agreement page names them.

    Three values a project rather than model instances walked by the template (every field
    read and converted, `get_status_display` and `{% url %}` per row): a seventh of the
    page's CPU for five projects.
    """
    projects = agreement.projects.all()
    statuses = labels(projects.model._meta.get_field("status").choices)
    url = url_maker("projects:detail")
    rows = visible(user, projects).values_list("pk", "title", "status")
    return [ProjectLink(url(pk), title, statuses.get(status, "")) for pk, title, status in rows]
