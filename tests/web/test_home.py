"""The home page says what needs the user, each figure a link to the list it counts."""

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
def late(story):
    """The story's commission met 400 days ago on a six-month cadence; work is overdue."""
    today = timezone.localdate()
    commission = story.commission
    commission.cadence_months = 6
    commission.save()
    held = Session.objects.create(
        commission=commission, number=1, start=today - timedelta(days=400), status="held"
    )
    Session.objects.create(
        commission=commission, number=2, start=today + timedelta(days=20), place="Moscou"
    )
    agreement = Agreement.objects.create(
        kind="agreement", title_fr="Accord sur l'énergie nucléaire", confidentiality="public"
    )
    commission.agreements.add(agreement)
    project = Project.objects.create(title="Centrale de Goundam")
    project.agreements.add(agreement)
    Milestone.objects.create(project=project, title="Étude de site", due=today - timedelta(days=30))
    ActionItem.objects.create(
        session=held,
        title="Envoyer le projet de statuts",
        owner_party=story.party_a,
        due=today - timedelta(days=3),
    )
    secret = Session.objects.create(
        commission=commission,
        number=3,
        start=today + timedelta(days=30),
        confidentiality="party",
        restricted_to=story.party_a,
        place="Lieu secret",
    )
    return story, secret


def test_home_shows_what_is_late_and_links_to_the_filtered_lists(client, late):
    story, _ = late
    client.force_login(story.secretariat)
    page = client.get(reverse("home")).content.decode()
    assert story.commission.name in page
    assert "Moscou" in page  # its next session
    assert "Étude de site" in page
    assert "?state=overdue" in page
    assert "?state=late&amp;sort=due" in page
    assert "owner=MLI" in page
    for url in [
        reverse("commissions:list") + "?state=overdue",
        reverse("commissions:sessions") + "?upcoming=60&sort=start",
        reverse("projects:milestones") + "?state=late&sort=due",
        reverse("commissions:actions") + "?status=overdue&owner=MLI",
        reverse("sources:claims") + "?status=pending",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
    listed = client.get(reverse("commissions:actions") + "?status=overdue&owner=MLI")
    assert "Envoyer le projet de statuts" in listed.content.decode()
    assert (
        "Étude de site"
        in client.get(reverse("projects:milestones") + "?state=late").content.decode()
    )


def test_home_keeps_the_other_partys_session_out(client, late):
    story, _secret = late
    client.force_login(story.rus)
    page = client.get(reverse("home")).content.decode()
    assert "Lieu secret" not in page
    client.force_login(story.mli)
    assert "Lieu secret" in client.get(reverse("home")).content.decode()


def test_search_ignores_accents_and_case(client, late):
    story, _ = late
    client.force_login(story.secretariat)
    for term in ["nucleaire", "NUCLÉAIRE", "Energie nucleaire"]:
        page = client.get(reverse("agreements:list"), {"q": term}).content.decode()
        assert "Accord sur l&#x27;énergie nucléaire" in page, term
    page = client.get(reverse("agreements:list"), {"q": "goundam"}).content.decode()
    assert "Aucun accord" in page


@pytest.mark.parametrize(
    "query",
    [
        {"q": "' OR 1=1 --"},
        {"q": '"nucl*" AND -x'},
        {"page": "999"},
        {"page": "abc"},
        {"status": "nope", "party": "XXX", "year": "31/02", "sort": "nope"},
    ],
)
def test_bad_list_input_gives_a_page_with_a_message(client, late, query):
    story, _ = late
    client.force_login(story.secretariat)
    response = client.get(reverse("agreements:list"), query)
    assert response.status_code == 200
    page = response.content.decode()
    if "page" in query or "status" in query:
        assert 'class="messages"' in page


def test_filters_stay_in_the_page_links(client, story):
    client.force_login(story.secretariat)
    for i in range(60):
        agreement = Agreement.objects.create(
            kind="agreement", title_fr=f"Accord {i}", status="signed", signed_on=date(2024, 1, 1)
        )
        story.commission.agreements.add(agreement)
    page = client.get(reverse("agreements:list"), {"status": "signed", "year": 2024}).content
    assert b"?status=signed&amp;year=2024&amp;page=2" in page
    other = client.get(reverse("agreements:list"), {"status": "planned"}).content.decode()
    assert "Aucun accord" in other


def test_parties_are_grouped_active_first(client, late):
    story, _ = late
    client.force_login(story.secretariat)
    page = client.get(reverse("agreements:list")).content.decode()
    top = page.index("Parties du registre")
    assert (
        top < page.index(">Mali<") < page.index("Toutes les parties") < page.index(">Afghanistan<")
    )


def test_home_counts_claims_a_bulk_ingest_just_stored(admin_client, story, tmp_path):
    """The home page's figures are remembered until the register is written; a batch
    ingest writes its claims with bulk inserts (no save signal) and must still show up."""
    from suivi.sources import batch
    from tests.sources.test_ingest_cli import write_readings

    assert "Rien à relire." in admin_client.get(reverse("home")).content.decode()
    readings = write_readings(tmp_path / "readings.jsonl", range(3))
    summary = batch.run(batch.collect([str(readings)]))
    assert summary.new_sources == 3
    page = admin_client.get(reverse("home")).content.decode()
    assert "Rien à relire." not in page
    assert "?status=pending&amp;kind=party" in page


def test_a_delegates_home_shows_only_its_own_commissions(client, late):
    """Another commission, late too and public, is the secretariat's work, not the delegate's."""
    from suivi.commissions.models import Commission
    from suivi.parties.models import Party

    story, _ = late
    today = timezone.localdate()
    other = Commission.objects.create(name="Commission Burkina–Côte d'Ivoire", cadence_months=6)
    other.parties.set(Party.objects.filter(code__in=["BFA", "CIV"]))
    held = Session.objects.create(
        commission=other, number=1, start=today - timedelta(days=500), status="held"
    )
    Session.objects.create(commission=other, number=2, start=today + timedelta(days=10))
    ActionItem.objects.create(session=held, title="Action d'ailleurs", due=today)
    client.force_login(story.mli)
    page = client.get(reverse("home")).content.decode()
    assert story.commission.name in page and "Burkina" not in page
    figures = page.split('class="cards"', 1)[1].split("</div>", 1)[0]
    # One late commission, one session (its own), one open action, each list narrowed alike.
    assert '<span class="n">1</span> <span class="muted">commission en retard' in figures
    assert '<span class="n">2</span> <span class="muted">sessions dans les 60 jours' in figures
    assert '<span class="n">1</span> <span class="muted">action ouverte' in figures
    assert "state=overdue&amp;party=MLI" in figures
    assert f"sort=start&amp;commission={story.commission.pk}" in figures
    sessions = client.get(
        reverse("commissions:sessions"),
        {"upcoming": 60, "sort": "start", "commission": story.commission.pk},
    )
    assert sessions.content.decode().count("Burkina") == 1  # in the filter's drop-down only
    client.force_login(story.secretariat)
    assert "Burkina" in client.get(reverse("home")).content.decode()


def test_only_who_may_review_is_shown_a_queue_to_review(client, story):
    """A delegate reads the claims but reviews none: no "to review" card, section or menu
    item on its pages; the reviewer has all three."""
    client.force_login(story.mli)
    page = client.get(reverse("home")).content.decode()
    assert "à relire" not in page.lower()
    assert ">Constats</a>" in page  # the menu still leads to the claims it may read
    client.force_login(story.reviewer)
    page = client.get(reverse("home")).content.decode()
    assert "constats à relire" in page and ">À relire</a>" in page and "Rien à relire." in page
