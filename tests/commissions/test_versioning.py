"""Optimistic concurrency on every edit (issue 9, item 5), one request at a time.

The same mechanism everywhere: a model's version checked in the saving transaction
(`VersionedModel`), pages that carry it and say who changed the record (`VersionedFormMixin`),
the API's ETag / If-Match (412) / body version (409). Real concurrency: tests/concurrency.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from suivi.access.models import Membership
from suivi.commissions.agenda import build_agenda
from suivi.commissions.models import ActionItem, AgendaItem, Session
from suivi.core.registry import record_models
from suivi.core.versioning import EditConflict, VersionedModel

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors(cycle, django_user_model):
    """Two secretariat members of the cycle's commission, each signed in on their own browser."""
    clients = []
    for name in ("awa", "ivan"):
        user = django_user_model.objects.create_user(name, first_name=name.title(), password="x")
        Membership.objects.create(user=user, role="secretariat", commission=cycle["commission"])
        client = Client(raise_request_exception=False)
        client.force_login(user)
        clients.append(client)
    return clients


def _session_form(session: Session, **changes) -> dict:
    data = {
        "number": session.number,
        "start": session.start.isoformat() if session.start else "",
        "end": "",
        "place": session.place,
        "status": session.status,
        "confidentiality": "public",
        "restricted_to": "",
        "version": session.version,
    }
    data.update(changes)
    return data


def test_editable_models_are_versioned():
    versioned = {m.__name__ for m in record_models() if issubclass(m, VersionedModel)}
    assert {
        "Session",
        "ActionItem",
        "AgendaItem",
        "Project",
        "Agreement",
        "Commission",
    } <= versioned


def test_a_stale_copy_cannot_overwrite_a_newer_save(cycle):
    first = Session.objects.get(pk=cycle["first"].pk)
    stale = Session.objects.get(pk=cycle["first"].pk)
    first.place = "Moscou"
    first.save()
    assert first.version == 2
    stale.minutes = "Procès-verbal"
    with pytest.raises(EditConflict):
        stale.save()
    stored = Session.objects.get(pk=first.pk)
    assert (stored.place, stored.minutes, stored.version) == ("Moscou", "", 2)


def test_a_page_edit_over_a_newer_save_is_refused_and_says_who(cycle, editors):
    awa, ivan = editors
    session = cycle["first"]
    url = reverse("commissions:session_edit", args=[cycle["commission"].pk, session.number])
    page = awa.get(url).content.decode()
    assert re.search(r'<input type="hidden" name="version" value="1"', page)
    read = _session_form(session)  # both read version 1
    assert ivan.post(url, {**read, "status": "postponed"}).status_code == 302
    refused = awa.post(url, {**read, "place": "Koulikoro"})
    assert refused.status_code == 409
    body = refused.content.decode()
    assert "Modifié par Ivan entre-temps" in body
    assert 'value="Koulikoro"' in body, "the user's input is kept"
    assert re.search(r'name="version" value="2"', body), "the form now carries the new version"
    stored = Session.objects.get(pk=session.pk)
    assert (stored.status, stored.place) == ("postponed", "Bamako")
    again = awa.post(url, {**read, "status": "postponed", "place": "Koulikoro", "version": 2})
    assert again.status_code == 302
    assert Session.objects.get(pk=session.pk).place == "Koulikoro"


def test_the_conflict_message_is_translated(cycle):
    conflict = EditConflict(Session, cycle["first"].pk, 0)
    for language, words in (("en", "meanwhile"), ("ru", "Тем временем")):
        with translation.override(language):
            assert words in conflict.message()


def test_minutes_and_action_forms_are_checked_too(cycle, editors):
    awa, ivan = editors
    commission, session = cycle["commission"], cycle["first"]
    minutes = reverse("commissions:minutes", args=[commission.pk, session.number])
    assert ivan.post(minutes, {"minutes": "PV d'Ivan", "version": 1}).status_code == 302
    assert awa.post(minutes, {"minutes": "PV d'Awa", "version": 1}).status_code == 409
    assert Session.objects.get(pk=session.pk).minutes == "PV d'Ivan"
    action = cycle["open_action"]
    url = reverse("commissions:action_edit", args=[commission.pk, session.number, action.pk])
    form = {"title": action.title, "owner_party": action.owner_party_id, "status": "open"}
    assert ivan.post(url, {**form, "due": "2025-06-01", "version": 1}).status_code == 302
    assert awa.post(url, {**form, "status": "done", "version": 1}).status_code == 409
    stored = ActionItem.objects.get(pk=action.pk)
    assert (stored.due, stored.status) == (date(2025, 6, 1), "open")


def _patch(client, url, body, **headers):
    return client.patch(url, json.dumps(body), content_type="application/json", **headers)


def test_the_api_speaks_etag_if_match_and_version(cycle, admin_client):
    project = cycle["solar"]
    url = f"/api/projects/{project.pk}"
    read = admin_client.get(url)
    assert read["ETag"] == '"1"' and read.json()["version"] == 1
    changed = _patch(admin_client, url, {"status": "ongoing"}, HTTP_IF_MATCH='"1"')
    assert changed.status_code == 200 and changed["ETag"] == '"2"'
    late = _patch(admin_client, url, {"description": "x"}, HTTP_IF_MATCH='"1"')
    assert late.status_code == 412
    assert late.json()["current_version"] == 2 and late.json()["changed_by"] == "admin"
    assert late["ETag"] == '"2"'
    stale = _patch(admin_client, url, {"description": "x", "version": 1})
    assert stale.status_code == 409 and "Modifié par admin" in stale.json()["detail"]
    weak = _patch(admin_client, url, {"description": "y"}, HTTP_IF_MATCH='W/"2", "9"')
    assert weak.status_code == 200
    project.refresh_from_db()
    assert (project.status, project.description, project.version) == ("ongoing", "y", 3)


def test_a_patch_writes_only_the_fields_sent(cycle, admin_client):
    action = cycle["open_action"]
    url = f"/api/commissions/{cycle['commission'].pk}/action-items/{action.pk}"
    ActionItem.objects.filter(pk=action.pk).update(title="Changé par un autre")  # no version
    with CaptureQueriesContext(connection) as queries:
        answer = _patch(admin_client, url, {"due": "2026-01-01"})
    assert answer.status_code == 200
    stored = ActionItem.objects.get(pk=action.pk)
    assert stored.title == "Changé par un autre" and stored.due == date(2026, 1, 1)
    assert answer.json()["version"] == 2
    updates = [
        q["sql"] for q in queries if q["sql"].startswith('UPDATE "commissions_actionitem" SET')
    ]
    assert updates and all('"title"' not in sql for sql in updates)


def test_the_agenda_put_checks_the_version(cycle, admin_client):
    session = cycle["first"]
    item = AgendaItem.objects.create(session=session, order=1, title="Point")
    url = f"/api/commissions/{cycle['commission'].pk}/sessions/1/agenda/{item.pk}"
    body = {"title": "Point révisé", "kind": "other", "version": 1}
    done = admin_client.put(url, json.dumps(body), content_type="application/json")
    assert done.status_code == 200
    again = admin_client.put(url, json.dumps(body), content_type="application/json")
    assert again.status_code == 409
    assert AgendaItem.objects.get(pk=item.pk).version == 2


def test_an_agenda_point_is_drawn_once_per_session(cycle, admin_user):
    session = Session.objects.create(commission=cycle["commission"], number=2)
    first = build_agenda(session, admin_user)
    assert first and all(item.drawn_from for item in first)
    assert build_agenda(session, admin_user) == []
    duplicate = AgendaItem(session=session, title="x", drawn_from=first[0].drawn_from)
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()
    typed = [AgendaItem(session=session, title=f"Libre {n}") for n in range(2)]
    for item in typed:
        item.save()  # points typed by hand carry no mark and may repeat
