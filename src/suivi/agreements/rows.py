"""The agreement list's rows, computed in Python (see core/rows.py)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.safestring import SafeString

from suivi.core.formats import day
from suivi.core.rows import abbreviations, labels, url_maker
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


def agreement_rows(agreements) -> list[AgreementRow]:
    """Rows for agreements fetched with `parties` and `sectors` prefetched."""
    kinds, statuses = labels(AgreementKind.choices), labels(AgreementStatus.choices)
    url = url_maker("agreements:detail")
    return [
        AgreementRow(
            url=url(agreement.pk),
            title=str(agreement),
            kind=kinds.get(agreement.kind, ""),
            parties=abbreviations(agreement.parties.all()),
            sectors=", ".join(str(sector) for sector in agreement.sectors.all()),
            status=agreement.status,
            status_label=statuses.get(agreement.status, ""),
            signed=day(agreement.signed_on) or "—",
        )
        for agreement in agreements
    ]
