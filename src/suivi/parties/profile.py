"""What a party's page shows besides its facts: its agreements, commissions and projects,
counted and charted, every one through the reader's scope."""

from __future__ import annotations

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.agreements.models import Agreement
from suivi.agreements.rows import agreement_rows
from suivi.commissions.models import Commission
from suivi.core import charts
from suivi.core.formats import day
from suivi.core.models import Sector
from suivi.projects.models import Project
from suivi.projects.rows import project_rows

SHOWN = 50  # rows of each list on the page; the filtered list has the rest


def profile(user, party) -> dict:
    """Context for the party page: scoped lists (first SHOWN rows), totals, SVG charts."""
    agreements = visible(user, Agreement.objects.all()).filter(
        pk__in=Agreement.objects.filter(parties=party).values("pk")
    )
    projects = visible(user, Project.objects.all()).filter(
        pk__in=Project.objects.filter(agreements__in=agreements.values("pk")).values("pk")
    )
    commissions = visible(user, Commission.objects.filter(parties=party))
    shown = list(agreements.defer("search_text")[:SHOWN])  # agreement_rows reads the links
    return {
        "agreement_rows": agreement_rows(shown),
        "agreement_total": agreements.count(),
        "project_rows": project_rows(user, projects.defer("search_text", "description")[:SHOWN]),
        "project_total": projects.count(),
        "commissions": list(commissions),
        "by_year": charts.bars(_("Accords par année de signature"), per_year(agreements)),
        "by_sector": charts.bars(_("Accords par secteur"), per_sector(user, agreements)),
        "timeline": charts.timeline(
            _("Chronologie des accords"),
            [(a.signed_on, f"{day(a.signed_on)} — {a}", a.status) for a in shown if a.signed_on],
        ),
    }


def per_year(agreements) -> list[tuple[str, int]]:
    rows = (
        agreements.filter(signed_on__isnull=False)
        .annotate(year=ExtractYear("signed_on"))
        .values("year")
        .annotate(n=Count("pk"))
        .order_by("year")
    )
    return [(str(row["year"]), row["n"]) for row in rows]


def per_sector(user, agreements) -> list[tuple[str, int]]:
    counts = dict(
        Agreement.sectors.through.objects.filter(agreement__in=agreements.values("pk"))
        .values_list("sector")
        .annotate(n=Count("pk"))
    )
    sectors = visible(user, Sector.objects.filter(code__in=counts))
    return sorted(((str(s), counts[s.code]) for s in sectors), key=lambda item: -item[1])
