"""A small register for exchange tests: a public agreement and project, and a RUS-only pair."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest


@pytest.fixture
def register(story):
    from suivi.agreements.models import Agreement
    from suivi.core.models import Sector
    from suivi.projects.models import LeadAgency, Milestone, Project

    commission = story.commission
    public = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord sur l'énergie nucléaire civile",
        status="signed",
        signed_on=date(2025, 6, 23),
        place="Moscou",
    )
    public.parties.set([story.party_a, story.party_b])
    public.sectors.set(Sector.objects.filter(code__in=["nuclear", "energy"]))
    hidden = Agreement.objects.create(
        kind="memorandum",
        title_fr="Mémorandum HIDDENMARKER sur l'uranium",
        status="planned",
        confidentiality="party",
        restricted_to=story.party_b,
    )
    hidden.parties.set([story.party_a, story.party_b])
    commission.agreements.set([public, hidden])
    project = Project.objects.create(
        title='=HYPERLINK("http://evil.example","Centrale")',
        description="-2+3 et @SUM",
        budget_amount=Decimal("120000000000.50"),
        budget_currency="XOF",
        start=date(2025, 9, 1),
        end=date(2027, 6, 30),
        status="ongoing",
    )
    project.agreements.set([public, hidden])
    project.sectors.set(Sector.objects.filter(code__in=["energy", "education", "defence"]))
    LeadAgency.objects.create(project=project, party=story.party_b, agency=story.party_b)
    Milestone.objects.create(project=project, title="Études de faisabilité", due=date(2026, 3, 1))
    secret = Project.objects.create(
        title="Projet HIDDENMARKER",
        confidentiality="party",
        restricted_to=story.party_b,
        start=date(2026, 1, 1),
    )
    secret.agreements.set([hidden])
    Milestone.objects.create(project=secret, title="Jalon HIDDENMARKER", due=date(2026, 6, 1))
    return SimpleNamespace(
        **vars(story), public=public, hidden=hidden, project=project, secret=secret
    )
