"""API tokens: hashed at rest, refused once expired or revoked or malformed; writes are scoped."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from suivi.access import tokens
from suivi.access.models import ApiToken
from suivi.agreements.models import Agreement
from suivi.projects.models import LeadAgency, Project

pytestmark = pytest.mark.django_db


def bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def agreements(story):
    public = Agreement.objects.create(kind="framework", title_fr="Accord public")
    secret = Agreement.objects.create(
        kind="agreement",
        title_fr="Note de la délégation russe",
        confidentiality="party",
        restricted_to=story.party_b,
    )
    return public, secret


def test_a_token_is_kept_only_as_a_hash(story):
    record, token = tokens.issue(story.mli, days=30)
    stored = ApiToken.objects.get(pk=record.pk)
    assert token.startswith(f"suivi_{stored.prefix}_")
    assert stored.digest == tokens.digest(token) != token
    assert not ApiToken.objects.filter(digest__contains=token.split("_")[-1]).exists()


def test_a_token_reads_what_its_owner_may_see_and_no_more(client, story, agreements):
    public, secret = agreements
    _, token = tokens.issue(story.mli, days=30)
    answer = client.get("/api/agreements/", **bearer(token))
    assert answer.status_code == 200
    ids = {row["id"] for row in answer.json()}
    assert public.pk in ids and secret.pk not in ids
    assert client.get(f"/api/agreements/{secret.pk}", **bearer(token)).status_code == 404
    assert ApiToken.objects.get(user=story.mli).last_used is not None


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(
            lambda r: setattr(r, "expires", timezone.now() - timedelta(minutes=1)), id="expired"
        ),
        pytest.param(lambda r: setattr(r, "revoked", timezone.now()), id="revoked"),
    ],
)
def test_an_expired_or_revoked_token_is_refused(client, story, spoil):
    record, token = tokens.issue(story.mli, days=30)
    assert client.get("/api/agreements/", **bearer(token)).status_code == 200
    spoil(record)
    record.save()
    assert client.get("/api/agreements/", **bearer(token)).status_code == 401


@pytest.mark.parametrize(
    "header",
    ["Bearer", "Bearer nonsense", "Bearer suivi_short_x", "Token suivi_abcdefgh_" + "x" * 43],
)
def test_a_malformed_or_unknown_token_is_refused(client, story, header):
    assert client.get("/api/agreements/", HTTP_AUTHORIZATION=header).status_code == 401


def test_a_token_of_an_inactive_user_is_refused(client, story):
    _, token = tokens.issue(story.mli, days=30)
    story.mli.is_active = False
    story.mli.save()
    assert client.get("/api/agreements/", **bearer(token)).status_code == 401


@pytest.fixture
def projects(story):
    ours = Project.objects.create(title="Centrale solaire de Kita")
    LeadAgency.objects.create(project=ours, party=story.party_a, agency=story.party_a)
    theirs = Project.objects.create(title="Formation d'ingénieurs")
    LeadAgency.objects.create(project=theirs, party=story.party_b, agency=story.party_b)
    return ours, theirs


def test_a_delegate_updates_its_partys_project_and_history_names_them(client, story, projects):
    ours, _ = projects
    _, token = tokens.issue(story.mli, days=30)
    answer = client.patch(
        f"/api/projects/{ours.pk}",
        {"status": "ongoing"},
        content_type="application/json",
        **bearer(token),
    )
    assert answer.status_code == 200, answer.content
    ours.refresh_from_db()
    assert ours.status == "ongoing"
    latest = ours.history.first()
    assert latest.history_user == story.mli
    assert [c.field for c in latest.diff_against(latest.prev_record).changes] == ["status"]


def test_a_delegate_cannot_update_the_other_partys_project(client, story, projects):
    _, theirs = projects
    _, token = tokens.issue(story.mli, days=30)
    answer = client.patch(
        f"/api/projects/{theirs.pk}",
        {"status": "cancelled"},
        content_type="application/json",
        **bearer(token),
    )
    assert answer.status_code == 403
    theirs.refresh_from_db()
    assert theirs.status == "planned"
    assert theirs.history.count() == 1


def test_a_reader_cannot_update_any_project(client, story, projects):
    ours, _ = projects
    _, token = tokens.issue(story.reader, days=30)
    answer = client.patch(
        f"/api/projects/{ours.pk}",
        {"status": "ongoing"},
        content_type="application/json",
        **bearer(token),
    )
    assert answer.status_code == 403


def test_an_update_that_breaks_a_rule_answers_422_and_changes_nothing(client, story, projects):
    ours, _ = projects
    _, token = tokens.issue(story.mli, days=30)
    answer = client.patch(
        f"/api/projects/{ours.pk}",
        {"start": "2026-05-01", "end": "2026-01-01"},
        content_type="application/json",
        **bearer(token),
    )
    assert answer.status_code == 422
    ours.refresh_from_db()
    assert ours.start is None
