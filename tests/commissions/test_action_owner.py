"""The owner party's delegates follow up their action items; the other party's may not.

An action item a session gave to party A is A's to report on: A's delegate changes its
status and the day it was done, on the session page, through the API and API v1, with
history naming them. What the session decided (title, owners, due date) stays the
secretariat's, and party B's delegate, who reads the same session, changes nothing.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from suivi.commissions.models import ActionItem, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def action(story) -> ActionItem:
    session = Session.objects.create(
        commission=story.commission, number=1, start=date(2026, 1, 10), status="held"
    )
    return ActionItem.objects.create(
        session=session, title="Rapport d'étape", owner_party=story.party_a, due=date(2026, 6, 1)
    )


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _page(action: ActionItem) -> str:
    session = action.session
    return reverse("commissions:action_edit", args=[session.commission_id, 1, action.pk])


def _form(action: ActionItem, **changes) -> dict:
    fields = {
        "title": action.title,
        "owner_party": action.owner_party_id,
        "due": action.due.isoformat(),
        "status": action.status,
        "done_on": "",
        "version": action.version,
    }
    return {**fields, **changes}


def _patch(client: Client, url: str, body: dict):
    return client.patch(url, json.dumps(body), content_type="application/json")


def test_the_owner_party_s_delegate_reports_progress_on_the_page(story, action):
    client = _signed_in(story.mli)
    session_page = reverse("commissions:session", args=[story.commission.pk, 1])
    assert f'href="{_page(action)}"' in client.get(session_page).content.decode()
    assert client.get(_page(action)).status_code == 200
    answer = client.post(_page(action), _form(action, status="done", done_on="2026-05-20"))
    assert answer.status_code == 302, answer.content.decode().split("<main>")[-1][:3000]
    action.refresh_from_db()
    assert (action.status, action.done_on) == ("done", date(2026, 5, 20))
    assert action.history.first().history_user == story.mli


def test_the_owner_party_s_delegate_reports_progress_through_both_apis(story, action):
    client = _signed_in(story.mli)
    legacy = f"/api/commissions/{story.commission.pk}/action-items/{action.pk}"
    answer = _patch(client, legacy, {"status": "in_progress"})
    assert answer.status_code == 200, answer.content
    answer = _patch(client, f"/api/v1/action-items/{action.pk}", {"status": "done"})
    assert answer.status_code == 200, answer.content
    action.refresh_from_db()
    assert action.status == "done"


def test_what_the_session_decided_stays_the_secretariat_s(story, action):
    client = _signed_in(story.mli)
    refused = client.post(_page(action), _form(action, title="Autre chose", due="2027-01-01"))
    assert refused.status_code == 400
    assert "Seul le secrétariat de la commission modifie ce champ." in refused.content.decode()
    answer = _patch(client, f"/api/v1/action-items/{action.pk}", {"title": "Autre chose"})
    assert answer.status_code == 422
    action.refresh_from_db()
    assert (action.title, action.due) == ("Rapport d'étape", date(2026, 6, 1))
    secretariat = _signed_in(story.secretariat)
    assert secretariat.post(_page(action), _form(action, title="Rapport final")).status_code == 302
    action.refresh_from_db()
    assert action.title == "Rapport final"


def test_the_other_party_s_delegate_changes_nothing(story, action):
    client = _signed_in(story.rus)
    assert client.get(_page(action)).status_code == 403
    assert client.post(_page(action), _form(action, status="done")).status_code == 403
    legacy = f"/api/commissions/{story.commission.pk}/action-items/{action.pk}"
    assert _patch(client, legacy, {"status": "done"}).status_code == 403
    assert (
        _patch(client, f"/api/v1/action-items/{action.pk}", {"status": "done"}).status_code == 403
    )
    session_page = reverse("commissions:session", args=[story.commission.pk, 1])
    assert _page(action) not in client.get(session_page).content.decode()
    action.refresh_from_db()
    assert action.status == "open"
