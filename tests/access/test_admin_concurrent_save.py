"""Two staff editing the same record in the admin: the second save is refused, not obeyed.

Each opens the change page; the first saves; the second, still holding the page as it was,
saves another field. The admin must not write the second over the first (a lost update):
it says who changed the record meanwhile and keeps the first's change. Opened again, the
page carries the new version and the second's save goes through.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from suivi.projects.models import Milestone, Project
from tests.deploy.clients import forms

pytestmark = pytest.mark.django_db


def _change_form(client: Client, url: str) -> dict:
    page = client.get(url)
    assert page.status_code == 200
    return next(form for form in forms(page.content.decode()) if "title" in form["fields"])[
        "fields"
    ]


def test_the_admin_refuses_a_save_over_another_staff_s_change(django_user_model):
    first, second = Client(), Client()
    for client, name in ((first, "ana"), (second, "boubacar")):
        client.force_login(django_user_model.objects.create_superuser(name, password="pw-x-2026"))
    project = Project.objects.create(title="Centrale solaire", status="planned")
    milestone = Milestone.objects.create(project=project, title="Étude", due=date(2026, 6, 1))
    url = reverse("admin:projects_milestone_change", args=[milestone.pk])
    seen_by_first, seen_by_second = _change_form(first, url), _change_form(second, url)

    saved = first.post(url, {**seen_by_first, "title": "Étude de faisabilité"})
    assert saved.status_code == 302
    late = second.post(url, {**seen_by_second, "due": "2026-09-01"}, follow=True)
    said = " ".join(str(message) for message in get_messages(late.wsgi_request))
    assert "ana" in said, said  # who changed it meanwhile
    milestone.refresh_from_db()
    assert (milestone.title, milestone.due) == ("Étude de faisabilité", date(2026, 6, 1))

    again = _change_form(second, url)  # the page as it is now: a deliberate save
    assert second.post(url, {**again, "due": "2026-09-01"}).status_code == 302
    milestone.refresh_from_db()
    assert (milestone.title, milestone.due) == ("Étude de faisabilité", date(2026, 9, 1))
