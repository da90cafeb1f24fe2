"""A page costs a fixed number of queries, however many records it lists or links.

The scope, the filters, the search and the pagination each add a fixed few; the five pages
of benchmarks/pages.py are all here.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.core import memo
from suivi.core.models import Sector
from suivi.parties.models import Person
from suivi.projects.models import Project
from suivi.sources.models import AgreementStep, Claim, Source

pytestmark = pytest.mark.django_db


def queries(client, url: str) -> int:
    """The queries of one request with nothing remembered from the last (core/memo.py): the
    drop-downs and counts a page remembers would otherwise make the second visit cheaper."""
    memo.forget()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def fill(story, n: int) -> None:
    energy = Sector.objects.get(code="energy")
    for i in range(n):
        agreement = Agreement.objects.create(
            kind="agreement",
            title_fr=f"Accord nucléaire {i}",
            confidentiality=["public", "commission", "party"][i % 3],
            restricted_to=story.party_a if i % 3 == 2 else None,
        )
        agreement.parties.add(story.party_a, story.party_b)
        agreement.sectors.add(energy)
        story.commission.agreements.add(agreement)
        Project.objects.create(title=f"Projet {i}").agreements.add(agreement)


# The five pages of benchmarks/pages.py, and more filters.
PAGES = [
    ("home", ""),
    ("agreements:list", ""),
    ("agreements:list", "?party=MLI&sector=energy&sort=-signed"),
    ("agreements:list", "?q=nucleaire"),
    ("agreements:list", "?q=accord&party=MLI&sort=-signed"),
    ("projects:list", ""),
    ("projects:list", "?q=projet&sort=start"),
    ("projects:list", "?party=MLI&sector=energy"),
]


@pytest.mark.parametrize("page, query", PAGES)
def test_a_delegates_page_costs_the_same_for_3_or_30_records(client, story, page, query):
    client.force_login(story.mli)
    fill(story, 3)
    few = queries(client, reverse(page) + query)
    fill(story, 27)
    assert queries(client, reverse(page) + query) == few


@pytest.mark.parametrize("page, query", PAGES)
def test_a_page_past_the_count_cap_costs_the_same(admin_client, story, page, query, settings):
    """Beyond CappedPaginator.cap rows a list is read uncounted: no query more."""
    from suivi.core import pagination

    fill(story, 4)
    few = queries(admin_client, reverse(page) + query)
    pagination.CappedPaginator.cap, cap = 2, pagination.CappedPaginator.cap
    try:
        assert queries(admin_client, reverse(page) + query) == few
    finally:
        pagination.CappedPaginator.cap = cap


def test_an_agreement_page_costs_the_same_with_1_or_10_projects_and_sources(client, story):
    client.force_login(story.mli)
    fill(story, 1)
    agreement = Agreement.objects.get(title_fr="Accord nucléaire 0")
    url = reverse("agreements:detail", args=[agreement.pk])
    queries(client, url)  # content types are cached once per process
    few = queries(client, url)
    for i in range(9):
        Project.objects.create(title=f"Projet lié {i}").agreements.add(agreement)
        agreement.title_fr = f"Accord nucléaire 0, version {i}"
        agreement.save()
    assert queries(client, url) == few


def test_an_agreement_page_costs_the_same_with_1_or_5_steps_and_signatories(client, story):
    """Each step of the timeline names its source; each signatory is a person."""
    client.force_login(story.mli)
    fill(story, 1)
    agreement = Agreement.objects.get(title_fr="Accord nucléaire 0")
    url = reverse("agreements:detail", args=[agreement.pk])

    def sourced_step(i: int) -> None:
        source = Source.objects.create(title=f"Communiqué {i}", text=f"Texte {i}.")
        claim = Claim.objects.create(
            source=source, kind="agreement", status="accepted", record=agreement, facts={}
        )
        AgreementStep.objects.create(
            agreement=agreement, status="signed", source=source, claim=claim
        )
        agreement.signatories.add(Person.objects.create(name=f"Signataire {i}"))

    sourced_step(0)
    queries(client, url)  # content types are cached once per process
    few = queries(client, url)
    for i in range(1, 5):
        sourced_step(i)
    assert queries(client, url) == few
    page = client.get(url).text
    assert all(f"Communiqué {i}" in page for i in range(5))
    assert "Signataire 0, Signataire 1, Signataire 2, Signataire 3, Signataire 4" in page
