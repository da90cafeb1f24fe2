"""One answer to a refused edit on every page.

A user who may read a record but not change it gets, on its edit address, a styled 403 that
says so (they know the record: its page links there, or they typed it); a user who may not
even read it gets the 404 of a record that does not exist. A save that meets someone else's
change answers 409 ("Modifié par X entre-temps") on every form, never 400 like bad input.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from suivi.agreements.models import Agreement
from suivi.commissions.models import ActionItem, Session
from suivi.projects.models import Milestone, Project

pytestmark = pytest.mark.django_db

READ_ONLY = "Vous pouvez lire cet enregistrement mais pas le modifier."


def _followed(story, **fields) -> tuple[Project, Milestone]:
    agreement = Agreement.objects.create(kind="framework", title_fr="Accord-cadre suivi")
    story.commission.agreements.add(agreement)
    project = Project.objects.create(title="Centrale solaire", **fields)
    project.agreements.add(agreement)
    milestone = Milestone.objects.create(project=project, title="Étude", due=date(2026, 5, 1))
    return project, milestone


def _session(story, number: int, **fields) -> tuple[Session, ActionItem]:
    session = Session.objects.create(commission=story.commission, number=number, **fields)
    action = ActionItem.objects.create(session=session, title="Rapport", owner_party=story.party_a)
    return session, action


def _refused(response) -> str:
    assert response.status_code == 403
    text = response.content.decode()
    assert 'class="error-page"' in text  # the site's page, not a bare "403 Forbidden"
    return text


def test_a_readable_record_s_edit_page_says_it_may_not_be_changed(client, story):
    project, milestone = _followed(story)
    _session_row, action = _session(story, 1)
    client.force_login(story.rus)  # party B's delegate: reads all of it, leads none of it
    for url in (
        reverse("projects:edit", args=[project.pk]),
        reverse("projects:milestone_edit", args=[milestone.pk]),
        reverse("agreements:edit", args=[project.agreements.get().pk]),
        reverse(
            "commissions:action_edit",
            kwargs={"pk": story.commission.pk, "number": 1, "action_id": action.pk},
        ),
    ):
        assert client.get(reverse("projects:detail", args=[project.pk])).status_code == 200
        assert READ_ONLY in _refused(client.get(url)), url
    russian = client.get(reverse("projects:edit", args=[project.pk]), HTTP_ACCEPT_LANGUAGE="ru")
    assert "Вы можете читать эту запись, но не изменять её." in _refused(russian)


def test_a_record_the_user_may_not_read_stays_a_404(client, story):
    project, milestone = _followed(story, confidentiality="party", restricted_to=story.party_a)
    _session_row, action = _session(story, 2, confidentiality="party", restricted_to=story.party_a)
    client.force_login(story.rus)
    for url in (
        reverse("projects:edit", args=[project.pk]),
        reverse("projects:milestone_edit", args=[milestone.pk]),
        reverse(
            "commissions:action_edit",
            kwargs={"pk": story.commission.pk, "number": 2, "action_id": action.pk},
        ),
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert READ_ONLY not in response.content.decode()


def test_a_concurrent_save_answers_409_on_every_form(client, story):
    _project, milestone = _followed(story)
    client.force_login(story.secretariat)
    edit = reverse("projects:milestone_edit", args=[milestone.pk])
    form = {"title": "Étude révisée", "due": "2026-06-01", "version": milestone.version}
    Milestone.objects.filter(pk=milestone.pk).update(version=milestone.version + 1)
    refused = client.post(edit, form)
    assert refused.status_code == 409
    assert "entre-temps" in refused.content.decode()
    milestone.refresh_from_db()
    assert milestone.title == "Étude"
    bad = client.post(edit, {"title": "", "due": "2026-06-01"})
    assert bad.status_code == 400  # bad input stays a 400
