"""What a list page remembers between requests (core/memo.py) is never shown to another scope,
and a write is seen on the next page."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.core.models import Sector

pytestmark = pytest.mark.django_db


def results(client, query: str = "") -> str:
    """The number of agreements the list shows, as its count says it ("4 résultats")."""
    page = client.get(reverse("agreements:list") + query).content.decode()
    found = re.search(r"(\d+) résultats?", page)
    return found.group(1) if found else ""


@pytest.fixture(autouse=True)
def pages_of_one(monkeypatch):
    """One agreement a page, so the list shows its count from two agreements on."""
    from suivi.agreements.views import AgreementListView

    monkeypatch.setattr(AgreementListView, "paginate_by", 1)


def register_group(client) -> str:
    """The options of the party filter's "register's parties" group."""
    page = client.get(reverse("agreements:list")).content.decode()
    group = re.search(r'<optgroup label="Parties du registre">(.*?)</optgroup>', page)
    return group.group(1) if group else ""


def restricted_agreements(story, n: int) -> None:
    energy = Sector.objects.get(code="energy")
    for i in range(n):
        agreement = Agreement.objects.create(
            kind="agreement",
            title_fr=f"Accord réservé {i}",
            confidentiality="party",
            restricted_to=story.party_b,
        )
        agreement.parties.add(story.party_b)
        agreement.sectors.add(energy)


def test_the_same_filter_counts_for_each_readers_scope(client, story):
    """The administrator's count of a filter, then a delegate of the other party on the same
    URL: the delegate's own count, not the one remembered for the administrator."""
    restricted_agreements(story, 3)
    for n in range(2):
        public = Agreement.objects.create(kind="agreement", title_fr=f"Accord public {n}")
        public.parties.add(story.party_b)
        public.sectors.add(Sector.objects.get(code="energy"))
    client.force_login(story.rus)
    assert results(client, "?sector=energy") == "5"
    client.force_login(story.mli)
    assert results(client, "?sector=energy") == "2"


def test_the_party_groups_remembered_for_one_scope_are_not_shown_to_another(client, story):
    """Russia is one of the register's parties only through its restricted agreements: the
    Russian delegation sees it on top, Mali's, asking right after, does not."""
    story.commission.parties.set([story.party_a])
    restricted_agreements(story, 2)
    client.force_login(story.rus)
    assert 'value="RUS"' in register_group(client)
    client.force_login(story.mli)
    assert 'value="RUS"' not in register_group(client)


def test_a_new_agreement_is_counted_on_the_next_page(admin_client, story):
    restricted_agreements(story, 2)
    assert results(admin_client, "?sector=energy") == "2"
    restricted_agreements(story, 1)
    assert results(admin_client, "?sector=energy") == "3"


def test_a_write_committed_by_another_worker_is_seen_at_once():
    """Another worker of the machine writes (its commit stamps the marker file, this
    process's own generation does not move): the next page computes the choices afresh
    instead of serving them for up to TTL seconds."""
    import time

    from suivi.core import memo

    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert memo.remembered("another-worker", compute) == 1
    assert memo.remembered("another-worker", compute) == 1
    time.sleep(0.001)
    memo._written()  # what on_commit runs in the worker that wrote
    assert memo.remembered("another-worker", compute) == 2


def test_a_withdrawn_role_closes_the_next_page(client, story):
    """A user's rights are remembered between requests (scope.access_of): taking a
    delegate's role away hides the party's records on the very next page."""
    restricted_agreements(story, 1)
    agreement = Agreement.objects.get(title_fr="Accord réservé 0")
    url = reverse("agreements:detail", args=[agreement.pk])
    client.force_login(story.rus)
    assert client.get(url).status_code == 200
    story.rus.memberships.all().delete()
    assert client.get(url).status_code == 404


def test_the_home_page_remembered_for_one_scope_is_not_shown_to_another(client, story):
    """What needs the user is remembered per scope: Mali's delegation, right after Russia's,
    does not see the session kept to Russia."""
    from datetime import timedelta

    from django.utils import timezone

    from suivi.commissions.models import Session

    Session.objects.create(
        commission=story.commission,
        number=7,
        start=timezone.localdate() + timedelta(days=10),
        confidentiality="party",
        restricted_to=story.party_b,
        place="Salle réservée",
    )
    client.force_login(story.rus)
    assert "Salle réservée" in client.get(reverse("home")).content.decode()
    client.force_login(story.mli)
    assert "Salle réservée" not in client.get(reverse("home")).content.decode()
