"""Long lists are paged without counting every row: past the cap, "more than N results"."""

from __future__ import annotations

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.core.pagination import CappedPaginator

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_cap(monkeypatch):
    """A cap of 4 rows and pages of 2: what 1,000 rows and pages of 50 do, on 7 records."""
    from suivi.agreements.views import AgreementListView

    monkeypatch.setattr(CappedPaginator, "cap", 4)
    monkeypatch.setattr(AgreementListView, "paginate_by", 2)
    for i in range(7):
        status = "signed" if i < 3 else "planned"
        Agreement.objects.create(kind="agreement", title_fr=f"Accord n° {i}", status=status)


def page(client, **query) -> str:
    response = client.get(reverse("agreements:list"), query)
    assert response.status_code == 200
    return response.content.decode()


def test_past_the_cap_pages_are_read_uncounted_and_still_all_reachable(admin_client, small_cap):
    first = page(admin_client)
    assert "plus de 4 résultats" in first and "page 1" in first and "page=2" in first
    seen = set()
    for number in range(1, 5):
        body = page(admin_client, page=number)
        seen |= {i for i in range(7) if f"Accord n° {i}<" in body}
        assert ("page=" + str(number + 1) in body) == (number < 4)  # next only while rows remain
    assert seen == set(range(7))


def test_a_page_past_the_end_shows_the_last_one_with_a_message(admin_client, small_cap):
    body = page(admin_client, page=99)
    assert 'class="messages"' in body and "page 4 sur 4" in body and "7 résultats" in body


def test_under_the_cap_the_count_is_exact(admin_client, small_cap):
    body = page(admin_client, status="signed")  # 3 agreements
    assert "page 1 sur 2" in body and "3 résultats" in body and "plus de" not in body


def test_the_cap_is_said_in_the_pages_language(admin_client, small_cap):
    admin_client.cookies["django_language"] = "ru"
    assert "более 4 результатов" in page(admin_client)
