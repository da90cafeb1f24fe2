"""API v1 ingest and review: a document in, its source and claims out; claims accepted or rejected."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

TEXT = (
    "Bamako, 12 mars 2025. Le Mali et la Russie ont signé un accord-cadre de coopération "
    "dans le domaine de l'énergie, a annoncé le ministre des Affaires étrangères."
)


def test_a_reviewer_ingests_a_text_then_works_its_claims(story, caller):
    vera = caller(story.reviewer)
    response = vera.client.post("/api/v1/ingest", {"text": TEXT}, **vera.headers)
    assert response.status_code == 201, response.json()
    source = response.json()["source"]
    assert response.json()["created"] and source["claims"]
    again = vera.client.post("/api/v1/ingest", {"text": TEXT}, **vera.headers)
    assert again.status_code == 200 and again.json()["source"]["id"] == source["id"]
    queue = vera.get("/claims/", {"status": "pending", "source": source["id"]}).json()
    assert queue["count"] == len(source["claims"])
    first = queue["results"][0]["id"]
    rejected = vera.post(f"/claims/{first}/reject", {"reason": "Doublon"})
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert vera.get("/claims/", {"status": "pending"}).json()["count"] == queue["count"] - 1


def test_ingest_refuses_nothing_to_read_and_a_delegate(story, caller):
    vera = caller(story.reviewer)
    empty = vera.client.post("/api/v1/ingest", {"text": "  "}, **vera.headers)
    assert empty.status_code == 422 and set(empty.json()) == {"detail", "errors"}
    mli = caller(story.mli)
    assert mli.client.post("/api/v1/ingest", {"text": TEXT}, **mli.headers).status_code == 403
    assert mli.get("/claims/").json()["count"] == 0
