"""The pickers' suggestions: found by a few letters without accents, never out of scope."""

from __future__ import annotations

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement

pytestmark = pytest.mark.django_db


def suggest(client, **params) -> str:
    response = client.get(reverse("suggest"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_parties_by_name_without_accents_the_commission_first(client, story):
    client.force_login(story.secretariat)
    found = suggest(client, of="parties", format="add", name="parties", q="cote d")
    assert "Côte d" in found and "Ivoire" in found
    first = suggest(client, of="parties", format="options", commission=story.commission.pk)
    # The commission's own, nothing else, A–Z by the name the page shows.
    assert first.index("Fédération de Russie") < first.index("Mali")
    assert "Burkina" not in first
    by_code = suggest(client, of="parties", format="chip", name="parties", value="mli")
    assert 'name="parties" value="MLI" checked' in by_code


def test_a_delegate_never_finds_the_other_partys_restricted_record(client, story):
    secret = Agreement.objects.create(
        kind="agreement",
        title_fr="Accord MARQUEUR-7Q réservé",
        confidentiality="party",
        restricted_to=story.party_a,
    )
    story.commission.agreements.add(secret)
    client.force_login(story.rus)
    for shape in ("options", "radio", "add"):
        assert "MARQUEUR-7Q" not in suggest(client, of="agreements", format=shape, q="marqueur")
    assert "MARQUEUR-7Q" not in suggest(client, of="agreements", format="chip", value=secret.pk)
    client.force_login(story.mli)
    assert "MARQUEUR-7Q" in suggest(client, of="agreements", format="radio", q="marqueur")


def test_unknown_source_or_shape_is_a_404(client, story):
    client.force_login(story.reader)
    assert client.get(reverse("suggest"), {"of": "users"}).status_code == 404
    assert client.get(reverse("suggest"), {"of": "parties", "format": "x"}).status_code == 404
