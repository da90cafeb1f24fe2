"""A party's page, a project's milestones, a commission's follow-up and the month calendar:
what a secretariat reads there, and nothing the reader may not see."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from suivi.agreements.models import Agreement
from suivi.commissions.models import ActionItem, Session
from suivi.projects.models import Milestone, Project

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(story):
    """A public agreement and a note kept to Russia's delegation, each with a project."""
    public = Agreement.objects.create(
        kind="agreement", title_fr="Accord minier", status="signed", signed_on=date(2023, 5, 4)
    )
    public.parties.set([story.party_a, story.party_b])
    public.sectors.set(["mining"])
    secret = Agreement.objects.create(
        kind="memorandum",
        title_fr="Note réservée russe",
        signed_on=date(2024, 2, 1),
        confidentiality="party",
        restricted_to=story.party_b,
    )
    secret.parties.set([story.party_a, story.party_b])
    story.commission.agreements.set([public, secret])
    mine = Project.objects.create(
        title="Mine de Kalana", budget_amount=120_000_000_000, budget_currency="XOF"
    )
    mine.agreements.add(public)
    Project.objects.create(
        title="Projet réservé russe", confidentiality="party", restricted_to=story.party_b
    ).agreements.add(secret)
    return public, mine


def page(client, user, url: str) -> str:
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_party_page_charts_its_agreements_without_the_other_partys_notes(client, story, register):
    text = page(client, story.mli, reverse("parties:detail", args=[story.party_a.pk]))
    assert "Accord minier" in text and "Mine de Kalana" in text
    assert story.commission.name in text
    assert "<svg" in text and "<title" in text and "<desc" in text
    assert "2023 : 1" in text  # the chart's description, read aloud
    assert "Note réservée russe" not in text and "Projet réservé russe" not in text
    assert "2024 : 1" not in text  # the hidden note is not counted in the charts either
    text = page(client, story.rus, reverse("parties:detail", args=[story.party_a.pk]))
    assert "Note réservée russe" in text


def test_a_projects_late_milestone_is_flagged_and_its_budget_written_by_locale(
    client, story, register
):
    _, mine = register
    today = timezone.localdate()
    Milestone.objects.create(project=mine, title="Étude d'impact", due=today - timedelta(days=3))
    Milestone.objects.create(project=mine, title="Forage", due=today + timedelta(days=30))
    text = page(client, story.secretariat, reverse("projects:detail", args=[mine.pk]))
    assert "120 000 000 000 francs CFA (BCEAO)" in text.replace("\u00a0", " ")
    assert "120000000000" not in text
    assert 'class="late"' in text and "en retard" in text
    assert text.count('class="badge late"') == 1
    assert "<svg" in text  # the milestones' timeline


def test_a_commission_page_says_its_next_session_and_open_actions(client, story, register):
    today = timezone.localdate()
    held = Session.objects.create(
        commission=story.commission, number=1, start=today - timedelta(days=200), status="held"
    )
    Session.objects.create(
        commission=story.commission, number=2, start=today + timedelta(days=20), place="Bamako"
    )
    ActionItem.objects.create(session=held, title="Envoyer le rapport", due=today - timedelta(1))
    ActionItem.objects.create(session=held, title="Action close", status="done")
    text = page(client, story.mli, reverse("commissions:detail", args=[story.commission.pk]))
    assert "session 2" in text and "Bamako" in text
    assert "Envoyer le rapport" in text and "Action close" not in text
    assert "Mine de Kalana" in text and "Projet réservé russe" not in text


def test_the_month_calendar_shows_sessions_and_due_dates_in_scope(client, story, register):
    today = timezone.localdate()
    first = today.replace(day=1)
    session = Session.objects.create(commission=story.commission, number=1, start=first)
    Session.objects.create(
        commission=story.commission,
        number=2,
        start=first + timedelta(days=1),
        confidentiality="party",
        restricted_to=story.party_b,
    )
    ActionItem.objects.create(session=session, title="Signer le protocole", due=first)
    url = reverse("commissions:month") + f"?month={first:%Y-%m}"
    text = page(client, story.mli, url)
    assert "Signer le protocole" in text
    assert text.count(reverse("commissions:session", args=[story.commission.pk, 1])) >= 1
    assert reverse("commissions:session", args=[story.commission.pk, 2]) not in text


@pytest.mark.parametrize("month", ["2026-13", "abc", "0-0", "99999-01"])
def test_a_bad_month_gives_this_month_with_a_message(client, story, month):
    text = page(client, story.mli, reverse("commissions:month") + f"?month={month}&commission=x")
    assert "Mois inconnu" in text and "Commission inconnue" in text
