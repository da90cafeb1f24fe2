"""A delegate's parties page: a fixed number of queries, whatever the register holds.

The page took 200–400 ms for a delegate: the scope's conditions were inlined into the list
query and its COUNT, inside a CASE evaluated for each of the 259 parties. The active parties
are now read once as ids.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.parties.models import Party

pytestmark = pytest.mark.django_db


def agreements(count: int, parties, restricted_to=None) -> None:
    for number in range(count):
        record = Agreement.objects.create(
            kind="agreement",
            title_fr=f"Accord {number}",
            confidentiality="party" if restricted_to else "public",
            restricted_to=restricted_to,
        )
        record.parties.set(parties)


def page_queries(client) -> tuple[int, str]:
    client.get(reverse("parties:list"))  # the user's access, sessions: read once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("parties:list"))
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_delegate_s_party_list_costs_the_same_queries_at_any_size(client, story):
    client.force_login(story.rus)
    senegal, niger = Party.objects.get(code="SEN"), Party.objects.get(code="NER")
    agreements(1, [story.party_a, story.party_b])
    few, _page = page_queries(client)
    agreements(30, [story.party_a, senegal])
    agreements(30, [niger, story.party_b], restricted_to=story.party_a)  # hidden from RUS
    many, page = page_queries(client)
    assert many == few <= 7, (few, many)
    active = page.split("États", 1)[0]
    assert "Sénégal" in active and "Niger" not in active  # no hint of a hidden agreement
    heavy = [q["sql"] for q in queries_of(client) if "CASE WHEN" in q["sql"]]
    assert heavy and all("agreements_agreement_parties" not in sql for sql in heavy)


def queries_of(client) -> list[dict]:
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("parties:list"))
    return queries.captured_queries
