"""What each role may change, and a model that declares no scope is refused."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured

from suivi.access.scope import editable, visible
from suivi.commissions.models import Session
from suivi.projects.models import LeadAgency, Milestone, Project

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(story):
    return Session.objects.create(commission=story.commission, number=1)


def test_the_secretariat_edits_everything_in_its_commission(story, session):
    assert editable(story.secretariat, Session.objects.all()).get() == session
    assert editable(story.secretariat, type(story.commission).objects.all()).get() == (
        story.commission
    )
    for user in (story.mli, story.rus, story.reader, story.reviewer):
        assert not editable(user, Session.objects.all()).exists(), user


def test_delegates_edit_their_partys_projects_and_milestones_only(story):
    ours = Project.objects.create(title="Centrale de Kita")
    LeadAgency.objects.create(project=ours, party=story.party_a, agency=story.party_a)
    milestone = Milestone.objects.create(project=ours, title="Pose", due="2026-03-01")
    assert editable(story.mli, Project.objects.all()).get() == ours
    assert editable(story.mli, Milestone.objects.all()).get() == milestone
    assert not editable(story.rus, Project.objects.all()).exists()
    assert not editable(story.rus, Milestone.objects.all()).exists()
    assert visible(story.rus, Milestone.objects.all()).get() == milestone  # public: readable


def test_a_model_that_declares_no_scope_is_refused(story, settings):
    Group.objects.create(name="delegations")
    with pytest.raises(ImproperlyConfigured, match="declares no access scope"):
        visible(story.reader, Group.objects.all())
    settings.SUIVI_SCOPE_STRICT = False
    assert not visible(story.reader, Group.objects.all()).exists()
    assert not editable(story.secretariat, Group.objects.all()).exists()


def test_staff_cannot_grant_themselves_a_role_or_move_a_record_out_of_reach(client, story):
    from django.contrib.auth.models import Permission
    from django.urls import reverse

    from suivi.access.models import Membership

    user = story.secretariat
    user.is_staff = True
    user.save()
    user.user_permissions.set(Permission.objects.all())
    client.force_login(user)
    assert client.get(reverse("admin:access_membership_add")).status_code == 403
    session = Session.objects.create(commission=story.commission, number=1)
    other = type(story.commission).objects.create(name="Commission Mali–Sénégal")
    url = reverse("admin:commissions_session_change", args=[session.pk])
    # the inlines' management forms, as the browser would send them back
    management = dict(
        re.findall(
            r'name="([\w-]+-(?:TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS)"[^>]*value="(\d+)"',
            client.get(url).content.decode(),
        )
    )
    answer = client.post(
        url,
        {
            "commission": other.pk,
            "number": 1,
            "status": "planned",
            "confidentiality": "public",
            **management,
        },
    )
    assert answer.status_code == 403
    session.refresh_from_db()
    assert session.commission == story.commission
    assert not Membership.objects.filter(user=user, role="admin").exists()
