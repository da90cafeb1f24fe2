"""Hostile input answers a clear refusal, never a 500 (issue 9, reproduction 6), on both databases."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.urls import reverse

from suivi.access import tokens
from suivi.commissions.models import ActionItem, Decision
from suivi.parties.models import Person
from suivi.projects.models import Project
from suivi.sources.ingest import ingest_reading
from suivi.sources.models import Claim, ClaimStatus
from tests.sources.readings import reading

pytestmark = pytest.mark.django_db

HUGE = 10**20  # 20 digits: more than any id column holds


def assert_error_shape(response, status: int) -> dict:
    """Every API refusal has the one declared shape: {detail: str, errors: {field: [str]}}."""
    assert response.status_code == status, response.content
    body = response.json()
    assert isinstance(body["detail"], str) and body["detail"]
    assert isinstance(body["errors"], dict)
    assert all(isinstance(m, str) for ms in body["errors"].values() for m in ms)
    return body


@pytest.mark.parametrize("query", ["q=%00", "q=a%00b", "status=%00", "%00=1"])
def test_a_nul_in_a_query_string_is_a_bad_request(admin_client, query):
    response = admin_client.get(f"/agreements/?{query}")
    assert response.status_code == 400


def test_a_nul_in_an_api_query_gets_the_error_shape(admin_client):
    assert_error_shape(admin_client.get("/api/sources/claims?kind=%00"), 400)


def test_search_still_works(admin_client):
    assert admin_client.get("/agreements/?q=accord").status_code == 200


@pytest.fixture
def project(db):
    return Project.objects.create(title="Centrale solaire", description="Une centrale")


def patch(client, url: str, data: dict):
    return client.patch(url, json.dumps(data), content_type="application/json")


def test_patching_a_description_to_null_is_refused(admin_client, project):
    body = assert_error_shape(
        patch(admin_client, f"/api/projects/{project.pk}", {"description": None}), 422
    )
    assert "description" in body["errors"]
    project.refresh_from_db()
    assert project.description == "Une centrale"


@pytest.mark.parametrize(
    "data",
    [{"description": "a\x00b"}, {"description": "a\x0bb"}, {"status": "unknown"}],
)
def test_patching_a_project_with_bad_values_is_refused(admin_client, project, data):
    assert_error_shape(patch(admin_client, f"/api/projects/{project.pk}", data), 422)


def test_a_too_long_text_is_refused_by_the_api(admin_client, cycle):
    url = f"/api/commissions/{cycle['commission'].pk}/sessions/1/agenda"
    body = json.dumps({"title": "x" * 501})
    response = admin_client.post(url, body, content_type="application/json")
    assert "title" in assert_error_shape(response, 422)["errors"]


@pytest.mark.parametrize(
    "path, data",
    [
        ("sessions/1/decisions", {"text": "Décidé", "agreements": [HUGE]}),
        ("sessions/1/decisions", {"text": "Décidé", "projects": [HUGE]}),
        ("sessions/1/action-items", {"title": "Faire", "owner_party": HUGE}),
        ("sessions/1/action-items", {"title": "Faire", "owner_person": HUGE}),
        ("sessions", {"number": HUGE}),
        ("sessions", {"number": 2**31}),
        ("sessions/1/agenda/1/move", {"step": HUGE}),  # no item 1 needed: 422 first
    ],
)
def test_ids_and_numbers_beyond_a_column_are_refused(admin_client, cycle, path, data):
    before = Decision.objects.count(), ActionItem.objects.count()
    url = f"/api/commissions/{cycle['commission'].pk}/{path}"
    response = admin_client.post(url, json.dumps(data), content_type="application/json")
    assert_error_shape(response, 422)
    assert (Decision.objects.count(), ActionItem.objects.count()) == before


def test_huge_ids_in_paths_are_not_found(admin_client, cycle):
    for url in (f"/api/projects/{HUGE}", f"/api/agreements/{HUGE}", f"/api/sources/claims/{HUGE}"):
        assert admin_client.get(url).status_code in (404, 422), url


def test_merging_into_a_huge_id_is_refused(admin_client):
    source = ingest_reading(reading("Le Mali coopère.", parties=["MLI"])).source
    claim = source.claims.get()
    url = f"/api/sources/claims/{claim.pk}/accept"
    body = json.dumps({"merge_into": HUGE})
    assert_error_shape(admin_client.post(url, body, content_type="application/json"), 422)


@pytest.fixture
def huge_session_claim(cycle):
    """A session claim numbered 10^25, as a hostile reading or an old ingest left it."""
    text = "La commission mixte Mali-Russie a tenu sa session à Bamako."
    source = ingest_reading(reading(text, parties=["MLI", "RUS"])).source
    return Claim.objects.create(
        source=source,
        kind="session",
        facts={
            "body": cycle["commission"].name,
            "number": 10**25,
            "start": None,
            "end": None,
            "place": None,
        },
    )


def test_accepting_a_session_numbered_10_to_the_25_is_refused_in_the_api(
    admin_client, huge_session_claim
):
    url = f"/api/sources/claims/{huge_session_claim.pk}/accept"
    response = admin_client.post(url, "{}", content_type="application/json")
    assert response.status_code == 400
    assert "number" in response.json()["detail"]
    huge_session_claim.refresh_from_db()
    assert huge_session_claim.status == ClaimStatus.PENDING


def test_accepting_a_session_numbered_10_to_the_25_is_refused_in_the_page(
    admin_client, huge_session_claim
):
    url = reverse("sources:accept", args=[huge_session_claim.pk])
    response = admin_client.post(url, {})
    assert response.status_code == 400
    assert "number" in response.content.decode()


def test_accepting_an_edited_session_number_too_large_is_refused(admin_client, huge_session_claim):
    url = reverse("sources:accept", args=[huge_session_claim.pk])
    form = {"edit": "1", "body": "Commission mixte Mali-Russie", "number": str(2**31)}
    assert admin_client.post(url, form).status_code == 400


def test_a_person_named_with_more_than_200_characters_is_refused(admin_client):
    source = ingest_reading(reading("M. X parle.", parties=["MLI"])).source
    claim = Claim.objects.create(
        source=source, kind="person", facts={"name": "N" * 250, "role": None, "party": None}
    )
    response = admin_client.post(
        f"/api/sources/claims/{claim.pk}/accept", "{}", content_type="application/json"
    )
    assert response.status_code == 400
    assert not Person.objects.filter(name__startswith="NNN").exists()
    edited = json.dumps({"facts": {"name": "N" * 201}})
    response = admin_client.post(
        f"/api/sources/claims/{claim.pk}/accept", edited, content_type="application/json"
    )
    assert response.status_code == 400


def test_a_reading_with_a_long_name_is_stored_with_the_name_cut(db):
    person = {"name": "N" * 250, "role": "R" * 400, "party": None}
    result = ingest_reading(reading("M. N parle.", parties=["MLI"], people=[person]))
    facts = result.source.claims.get(kind="person").facts
    assert len(facts["name"]) == 200 and len(facts["role"]) == 300


def test_the_cli_refuses_huge_numbers_without_a_traceback(suivi_cli, tmp_path, registers):
    data = registers.seed_migrated(tmp_path / "data")
    assert suivi_cli("init", "--data-dir", str(data)).returncode == 0
    huge = str(10**25)
    for args in (
        ["review", "accept", huge],
        ["review", "accept", "1", "--merge-into", huge],
        ["commission", "add", "X", "--party", "MLI", "--agreement", huge],
        ["commission", "add", "X", "--party", "MLI", "--cadence", huge],
        ["digest", "--days", huge],
        ["session-file", huge, "--session", "1"],
    ):
        done = suivi_cli(*args, "--data-dir", str(data))
        assert done.returncode != 0, args
        assert "Traceback" not in done.stderr, args


def test_a_bearer_caller_gets_the_same_error_shape(story, project):
    _record, token = tokens.issue(story.mli, days=1)
    from django.test import Client

    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert_error_shape(client.get(f"/api/projects/{HUGE - 1}"), 404)
    assert_error_shape(Client(HTTP_AUTHORIZATION="Bearer nope").get("/api/projects/"), 401)


def test_the_schema_declares_the_error_shape(client):
    schema = client.get("/api/openapi.json").json()
    assert set(schema["components"]["schemas"]["ApiError"]["required"]) == {"detail", "errors"}
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for code in ("400", "401", "403", "404", "422"):
                assert code in operation["responses"], (method, path, code)


def test_forms_refuse_numbers_beyond_the_column(admin_client, cycle):
    url = reverse("commissions:session_create", args=[cycle["commission"].pk])
    form = {"number": str(2**31), "status": "planned", "confidentiality": "public"}
    assert admin_client.post(url, form).status_code == 400


def test_model_validation_uses_postgresql_ranges_on_every_database(cycle):
    from django.core.exceptions import ValidationError

    session = cycle["first"]
    session.number = 2**31
    with pytest.raises(ValidationError):
        session.full_clean()
    session.number = 1
    session.start = date(2025, 1, 15)
    session.place = "Bamako\x0b"
    with pytest.raises(ValidationError):
        session.full_clean()
