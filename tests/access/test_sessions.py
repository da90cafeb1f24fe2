"""The SQL session store and user backend (access/sessions.py, access/backends.py) keep the
semantics of Django's: expiry, logout, inactive users, the same user object, and a role
withdrawn between two requests takes effect on the second."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from suivi.access.backends import SessionUserBackend
from suivi.access.models import Membership

pytestmark = pytest.mark.django_db


def signed_in(username: str) -> Client:
    client = Client()
    answer = client.post(
        reverse("login"), {"username": username, "password": f"pw-{username}-2026"}
    )
    assert answer.status_code == 302
    return client


def test_a_signed_in_user_reads_pages(story):
    assert signed_in("aminata").get("/agreements/").status_code == 200


def test_an_expired_session_is_no_session(story):
    client = signed_in("aminata")
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    answer = client.get("/agreements/")
    assert answer.status_code == 302 and reverse("login") in answer["Location"]


def test_logout_ends_the_session_for_a_copied_cookie(story):
    client = signed_in("aminata")
    copy = Client()
    copy.cookies = client.cookies.__class__(client.cookies)
    assert copy.get("/agreements/").status_code == 200
    client.post(reverse("logout"))
    assert copy.get("/agreements/").status_code == 302
    assert not Session.objects.exists()


def test_signing_in_cycles_the_session_key(story):
    client = Client()
    client.get(reverse("login"))
    before = client.cookies.get("sessionid")
    client.post(reverse("login"), {"username": "aminata", "password": "pw-aminata-2026"})
    after = client.cookies["sessionid"].value
    assert before is None or before.value != after
    assert Session.objects.filter(session_key=after).exists()


def test_an_inactive_user_is_signed_out(story):
    client = signed_in("aminata")
    get_user_model().objects.filter(username="aminata").update(is_active=False)
    assert client.get("/agreements/").status_code == 302


def test_a_changed_password_ends_other_sessions(story):
    client = signed_in("aminata")
    user = get_user_model().objects.get(username="aminata")
    user.set_password("another-pw-2026")
    user.save()
    assert client.get("/agreements/").status_code == 302


def test_the_backend_builds_the_same_user_as_the_orm(story):
    orm = get_user_model().objects.get(username="aminata")
    fast = SessionUserBackend().get_user(orm.pk)
    for field in get_user_model()._meta.concrete_fields:
        value = getattr(fast, field.attname)
        assert value == getattr(orm, field.attname), field.name
        assert type(value) is type(getattr(orm, field.attname)), field.name
    assert fast._state.adding is False and fast._state.db == orm._state.db
    assert SessionUserBackend().get_user(10**9) is None
    assert SessionUserBackend().get_user("not a number") is None


def test_a_withdrawn_role_takes_effect_on_the_next_request(story):
    client = signed_in("sekou")
    page = reverse("commissions:detail", args=[story.commission.pk])
    assert client.get(page).status_code == 200
    Membership.objects.filter(user=story.secretariat).delete()
    assert client.get(page).status_code == 404
