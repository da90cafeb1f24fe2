"""The scope costs a fixed number of queries per page, however many records the page lists."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.projects.models import Project

pytestmark = pytest.mark.django_db


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def fill(story, n: int) -> None:
    for i in range(n):
        agreement = Agreement.objects.create(
            kind="agreement",
            title_fr=f"Accord {i}",
            confidentiality=["public", "commission", "party"][i % 3],
            restricted_to=story.party_a if i % 3 == 2 else None,
        )
        story.commission.agreements.add(agreement)
        Project.objects.create(title=f"Projet {i}").agreements.add(agreement)


@pytest.mark.parametrize(
    "page, query",
    [
        ("home", ""),
        ("agreements:list", ""),
        ("agreements:list", "?q=accord&party=MLI&sort=-signed"),
        ("projects:list", ""),
        ("projects:list", "?q=projet&sort=start"),
    ],
)
def test_a_delegates_page_costs_the_same_for_3_or_30_records(client, story, page, query):
    client.force_login(story.mli)
    fill(story, 3)
    few = queries(client, reverse(page) + query)
    fill(story, 27)
    assert queries(client, reverse(page) + query) == few
