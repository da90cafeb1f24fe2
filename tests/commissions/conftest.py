"""A commission with two agreements, projects, milestones and a first session, as secretariats have."""

from __future__ import annotations

from datetime import date

import pytest

from suivi.agreements.models import Agreement
from suivi.commissions.models import ActionItem, Commission, Session
from suivi.parties.models import Party
from suivi.projects.models import Milestone, Project


@pytest.fixture
def cycle(db):
    """Session 1 held on 2025-01-15 with one open and one done action; projects under two agreements."""
    parties = Party.objects.filter(code__in=["MLI", "RUS"])
    framework = Agreement.objects.create(
        kind="framework",
        title_fr="Accord-cadre de coopération",
        title_en="Framework cooperation agreement",
        title_ru="Рамочное соглашение о сотрудничестве",
        status="signed",
        signed_on=date(2024, 6, 23),
    )
    nuclear = Agreement.objects.create(
        kind="agreement", title_fr="Accord nucléaire civil", status="signed"
    )
    for agreement in (framework, nuclear):
        agreement.parties.set(parties)
    commission = Commission.objects.create(name="Commission mixte Mali-Russie", cadence_months=6)
    commission.parties.set(parties)
    commission.agreements.set([framework, nuclear])
    first = Session.objects.create(
        commission=commission, number=1, start=date(2025, 1, 15), place="Bamako", status="held"
    )
    solar = Project.objects.create(title="Centrale solaire de Sanankoroba", status="planned")
    solar.agreements.add(framework)
    reactor = Project.objects.create(title="Centre de recherche nucléaire", status="ongoing")
    reactor.agreements.add(nuclear)
    Milestone.objects.create(project=solar, title="Étude d'impact", due=date(2025, 5, 1))
    Milestone.objects.create(project=reactor, title="Choix du site", due=date(2030, 1, 1))
    open_action = ActionItem.objects.create(
        session=first,
        title="Transmettre le projet d'accord sur la formation",
        owner_party=parties.get(code="MLI"),
        due=date(2025, 4, 1),
    )
    done_action = ActionItem.objects.create(
        session=first, title="Désigner les points focaux", status="done", done_on=date(2025, 2, 1)
    )
    return {
        "commission": commission,
        "first": first,
        "framework": framework,
        "nuclear": nuclear,
        "solar": solar,
        "reactor": reactor,
        "open_action": open_action,
        "done_action": done_action,
    }


@pytest.fixture
def second(cycle, admin_user):
    """Session 2 prepared from the register after the solar project started."""
    from suivi.commissions.agenda import build_agenda

    solar = cycle["solar"]
    solar.status = "ongoing"
    solar.save()
    session = Session.objects.create(
        commission=cycle["commission"], number=2, start=date(2025, 7, 15), place="Moscou"
    )
    build_agenda(session, admin_user)
    return session
