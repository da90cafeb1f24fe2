"""API v1 writes every register and commission record through the pages' forms, keeps history,
and answers refusals in its declared shape."""

from __future__ import annotations

from datetime import date

import pytest

from suivi.commissions.models import SESSION_END_BEFORE_START, Session
from suivi.parties.models import Person

pytestmark = pytest.mark.django_db


# Records later payloads name by these words.
NAMED = {
    "people": "person",
    "agreements": "agreement",
    "projects": "project",
    "commissions": "commission",
    "sessions": "session",
}


def _history_count(model, pk) -> int:
    return model.history.filter(id=pk).count()


def _payloads(story, ids: dict) -> list[tuple[str, dict, dict]]:
    """(path, what to create, what to change) for every record type, in dependency order."""
    return [
        (
            "parties",
            {"kind": "ministry", "code": "MLI-MEN", "name_fr": "Ministère", "parent": "MLI"},
            {"name_en": "Ministry"},
        ),
        ("people", {"name": "Aminata Traoré"}, {"aliases": ["A. Traoré"]}),
        (
            "roles",
            {"person": "person", "title": "Ministre", "party": "MLI"},
            {"title": "Ministre d'État"},
        ),
        (
            "agreements",
            {
                "kind": "framework",
                "title_fr": "Accord-cadre",
                "parties": ["MLI", "RUS"],
                "sectors": ["energy"],
                "status": "signed",
                "signed_on": "2025-03-01",
                "signatories": ["person"],
            },
            {"status": "in_force", "in_force_on": "2025-06-01"},
        ),
        (
            "projects",
            {
                "title": "Centrale solaire",
                "agreements": ["agreement"],
                "status": "planned",
                "budget_amount": "1000000",
                "budget_currency": "XOF",
            },
            {"status": "ongoing"},
        ),
        (
            "milestones",
            {"project": "project", "title": "Étude", "due": "2025-09-01"},
            {"done_on": "2025-08-30"},
        ),
        (
            "lead-agencies",
            {"project": "project", "party": "MLI", "agency": "MLI"},
            {"agency": "MLI-MEN"},
        ),
        (
            "commissions",
            {"name": "Commission mixte", "parties": ["MLI", "RUS"], "cadence_months": 6},
            {"cadence_months": 12},
        ),
        (
            "sessions",
            {
                "commission": "commission",
                "number": 1,
                "start": "2025-04-01",
                "end": "2025-04-02",
                "place": "Bamako",
                "status": "planned",
                "confidentiality": "public",
            },
            {"place": "Moscou"},
        ),
        (
            "agenda-items",
            {"session": "session", "title": "Énergie", "kind": "other"},
            {"body": "Point sur la centrale"},
        ),
        (
            "attendance",
            {"session": "session", "party": "MLI", "head": "Le ministre"},
            {"members": "Trois experts"},
        ),
        (
            "decisions",
            {"session": "session", "text": "La commission décide.", "confidentiality": "public"},
            {"text": "La commission décide enfin."},
        ),
        (
            "action-items",
            {
                "session": "session",
                "title": "Rédiger l'étude",
                "owner_party": "MLI",
                "status": "open",
                "due": "2025-12-01",
            },
            {"status": "done", "done_on": "2025-11-30"},
        ),
    ]


def test_each_record_type_is_created_read_changed_and_deleted_with_history(story, admin):
    from suivi.api.resources import RESOURCES

    by_path = {resource.path: resource for resource in RESOURCES}
    ids: dict[str, int] = {}
    for path, created, changed in _payloads(story, ids):
        resource = by_path[path]
        sent = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in created.items()}
        sent = {
            k: [ids.get(x, x) for x in v] if isinstance(v, list) else v for k, v in sent.items()
        }
        response = admin.post(f"/{path}/", sent)
        assert response.status_code == 201, (path, response.json())
        record = response.json()
        pk = record["id"]
        ids[NAMED.get(path, path)] = pk
        read = admin.get(f"/{path}/{pk}")
        assert read.status_code == 200 and read.json()["label"]
        if resource.versioned:
            assert read["ETag"] == f'"{record["version"]}"'
        response = admin.patch(f"/{path}/{pk}", changed)
        assert response.status_code == 200, (path, response.json())
        for name, value in changed.items():
            assert response.json()[name] == value, (path, name)
        assert _history_count(resource.model, pk) >= 2, path
        if path == "agreements":
            assert response.json()["signatories"] == [ids["person"]]
        listed = admin.get(f"/{path}/", {"page_size": 100, "ordering": "-id"}).json()
        assert pk in [row["id"] for row in listed["results"]], path
    for path in ("action-items", "decisions", "attendance", "agenda-items", "milestones", "roles"):
        resource = by_path[path]
        pk = admin.get(f"/{path}/", {"ordering": "-id"}).json()["results"][0]["id"]
        assert admin.delete(f"/{path}/{pk}").status_code == 204, path
        assert admin.get(f"/{path}/{pk}").status_code == 404
        assert resource.model.history.filter(id=pk, history_type="-").exists(), path


def test_a_vocabulary_value_outside_the_enum_is_refused_in_the_declared_shape(story, admin):
    response = admin.post("/agreements/", {"kind": "treaty", "parties": ["MLI"]})
    assert response.status_code == 422
    answer = response.json()
    assert set(answer) == {"detail", "errors"} and isinstance(answer["detail"], str)
    assert "kind" in answer["errors"] and "treaty" in answer["errors"]["kind"][0]
    assert admin.get("/agreements/", {"status": "nope"}).json()["errors"]["status"]
    assert admin.get("/parties/", {"page_size": 101}).status_code == 422


def test_the_pages_messages_come_back_word_for_word(story, admin):
    response = admin.post(
        "/sessions/",
        {
            "commission": story.commission.pk,
            "number": 3,
            "start": "2025-05-02",
            "end": "2025-05-01",
        },
    )
    assert response.status_code == 422
    assert response.json()["errors"]["end"] == [str(SESSION_END_BEFORE_START)]
    assert not Session.objects.filter(number=3).exists()


def test_if_match_guards_a_stale_copy(story, admin):
    person = Person.objects.create(name="Boris")
    etag = admin.get(f"/people/{person.pk}")["ETag"]
    assert (
        admin.patch(f"/people/{person.pk}", {"name": "Boris I."}, HTTP_IF_MATCH=etag).status_code
        == 200
    )
    stale = admin.patch(f"/people/{person.pk}", {"name": "Boris II"}, HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    person.refresh_from_db()
    assert person.name == "Boris I."


def test_a_delegate_changes_only_what_their_party_may(story, caller):
    from suivi.commissions.models import ActionItem

    session = Session.objects.create(commission=story.commission, number=1, start=date(2025, 1, 1))
    mine = ActionItem.objects.create(session=session, title="A", owner_party=story.party_a)
    theirs = ActionItem.objects.create(session=session, title="B", owner_party=story.party_b)
    mli = caller(story.mli)
    assert mli.patch(f"/action-items/{mine.pk}", {"status": "done"}).status_code == 200
    assert mli.patch(f"/action-items/{theirs.pk}", {"status": "done"}).status_code == 403
    assert mli.post("/commissions/", {"name": "X", "parties": ["MLI"]}).status_code == 403
    assert mli.delete(f"/action-items/{mine.pk}").status_code == 403


def test_documents_go_up_through_the_api_and_down_through_the_scoped_route(story, admin, caller):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from suivi.agreements.models import Agreement

    secret = Agreement.objects.create(
        kind="agreement", title_fr="Accord", confidentiality="party", restricted_to=story.party_b
    )
    upload = SimpleUploadedFile("texte.txt", b"Texte sign\xc3\xa9.", content_type="text/plain")
    response = admin.client.post(
        "/api/v1/documents/",
        {"title": "Texte signé", "agreement": secret.pk, "file": upload},
        **admin.headers,
    )
    assert response.status_code == 201, response.json()
    document = response.json()
    got = admin.client.get(document["download"], **admin.headers)
    assert got.status_code == 200 and b"".join(got.streaming_content) == "Texte signé.".encode()
    mli = caller(story.mli)
    assert mli.get(f"/documents/{document['id']}").status_code == 404
    assert mli.client.get(document["download"], **mli.headers).status_code == 404
    assert mli.get("/documents/").json()["count"] == 0
    nowhere = admin.client.post(
        "/api/v1/documents/",
        {"title": "Orphelin", "file": SimpleUploadedFile("a.txt", b"a")},
        **admin.headers,
    )
    assert nowhere.status_code == 422
    assert "un seul" in nowhere.json()["detail"]
