"""Signing in: throttled after five failures, logged, and every form refuses a missing CSRF token."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from suivi.access.models import SignInEvent

pytestmark = pytest.mark.django_db


def sign_in(client: Client, username: str, password: str):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_five_failures_lock_the_account_with_a_clear_message(client, story):
    for _ in range(4):
        answer = sign_in(client, "aminata", "wrong")
        assert answer.status_code == 200
        assert "Identifiant ou mot de passe incorrect" in answer.content.decode()
    locked = sign_in(client, "aminata", "wrong")
    assert locked.status_code == 429
    assert "Compte momentanément bloqué" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    # Even the right password is refused while the account is locked…
    again = sign_in(client, "aminata", "pw-aminata-2026")
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session
    # …but only that account: the others sign in as usual.
    assert sign_in(Client(), "boris", "pw-boris-2026").status_code == 302


def test_sign_ins_and_failures_are_logged(client, story):
    sign_in(client, "aminata", "wrong")
    sign_in(client, "aminata", "pw-aminata-2026")
    kinds = list(SignInEvent.objects.order_by("at", "pk").values_list("kind", "username"))
    assert kinds == [("failure", "aminata"), ("success", "aminata")]
    assert SignInEvent.objects.filter(kind="success").get().user == story.mli


def test_a_lockout_is_logged(client, story):
    for _ in range(5):
        sign_in(client, "rita", "wrong")
    assert SignInEvent.objects.filter(kind="locked", username="rita").exists()


@pytest.mark.parametrize(
    "path, data",
    [
        ("login", {"username": "aminata", "password": "pw-aminata-2026"}),
        ("logout", {}),
        ("set_language", {"language": "en"}),
    ],
)
def test_forms_refuse_a_post_without_csrf_token(story, path, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(story.mli)
    assert client.post(reverse(path), data).status_code == 403


def test_the_api_refuses_a_session_write_without_csrf_token(story):
    from suivi.projects.models import LeadAgency, Project

    project = Project.objects.create(title="Centrale solaire")
    LeadAgency.objects.create(project=project, party=story.party_a, agency=story.party_a)
    client = Client(enforce_csrf_checks=True)
    client.force_login(story.mli)
    answer = client.patch(
        f"/api/projects/{project.pk}", {"status": "ongoing"}, content_type="application/json"
    )
    assert answer.status_code in (401, 403)
    project.refresh_from_db()
    assert project.status == "planned"


def test_passwords_are_hashed_with_argon2_in_production():
    from suivi.conf import settings

    assert settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
