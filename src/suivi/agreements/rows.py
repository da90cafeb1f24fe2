"""The agreement list's rows, computed in Python (see core/rows.py)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

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
