"""The sources API: listing scoped to signed-in users, and review decisions."""

from __future__ import annotations

import json

import pytest

from suivi.sources.ingest import ingest_reading
from suivi.sources.models import Claim, ClaimStatus
from tests.sources.readings import reading

pytestmark = pytest.mark.django_db


@pytest.fixture
def source():
    return ingest_reading(reading("Le Mali et la Russie coopèrent.", parties=["MLI", "RUS"])).source


def test_anonymous_users_get_401(client, source):
    assert client.get("/api/sources/").status_code == 401
    assert client.get("/api/sources/claims").status_code == 401


def test_sources_and_claims_are_listed(admin_client, source):
    listed = admin_client.get("/api/sources/").json()
    assert [item["content_hash"] for item in listed] == [source.content_hash]
    detail = admin_client.get(f"/api/sources/{source.pk}").json()
    assert detail["text"] == source.text and len(detail["claims"]) == 2
    claims = admin_client.get("/api/sources/claims?kind=party").json()
    assert {claim["facts"]["code"] for claim in claims} == {"MLI", "RUS"}
    assert admin_client.get("/api/sources/claims/999999").status_code == 404


def test_accept_and_reject_through_the_api(admin_client, source):
    first, second = Claim.objects.order_by("pk")
    accepted = admin_client.post(
        f"/api/sources/claims/{first.pk}/accept", "{}", content_type="application/json"
    )
    assert accepted.status_code == 200 and accepted.json()["status"] == ClaimStatus.MERGED
    body = json.dumps({"reason": ""})
    empty = admin_client.post(
        f"/api/sources/claims/{second.pk}/reject", body, content_type="application/json"
    )
    assert empty.status_code == 400
    body = json.dumps({"reason": "hors sujet"})
    rejected = admin_client.post(
        f"/api/sources/claims/{second.pk}/reject", body, content_type="application/json"
    )
    assert rejected.json()["reason"] == "hors sujet"


def test_accepting_a_known_party_as_new_is_refused_and_leaves_the_claim_pending(
    admin_client, source
):
    """Mali is in the register: "as new" would make a second MLI; a 400 says to merge instead."""
    mali = Claim.objects.get(facts__code="MLI")
    body = json.dumps({"as_new": True})
    answer = admin_client.post(
        f"/api/sources/claims/{mali.pk}/accept", body, content_type="application/json"
    )
    assert answer.status_code == 400 and "MLI" in answer.json()["detail"]
    mali.refresh_from_db()
    assert mali.status == ClaimStatus.PENDING
