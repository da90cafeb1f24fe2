"""Signing in: throttled per account and per address, logged, and every form refuses a missing CSRF token."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from suivi.access.models import SignInEvent

pytestmark = pytest.mark.django_db


def sign_in(client: Client, username: str, password: str, **headers):
    return client.post(reverse("login"), {"username": username, "password": password}, **headers)


STRANGER, OFFICE = "203.0.113.9", "198.51.100.7"


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


def test_a_stranger_cannot_lock_a_known_account_out(story):
    """Reproduction: anyone could lock a known account with 5 requests."""
    for _ in range(5):
        answer = sign_in(Client(), "aminata", "wrong", REMOTE_ADDR=STRANGER)
    assert answer.status_code == 429
    assert "Compte momentanément bloqué" in answer.content.decode()
    assert sign_in(Client(), "aminata", "pw-aminata-2026", REMOTE_ADDR=STRANGER).status_code == 429
    # From her own office, Aminata signs in as usual.
    assert sign_in(Client(), "aminata", "pw-aminata-2026", REMOTE_ADDR=OFFICE).status_code == 302


def test_one_address_cannot_spray_accounts(story):
    """Reproduction: 40 usernames sprayed from one address locked nothing."""
    codes = [
        sign_in(Client(), f"user{n}", "Summer2026!", REMOTE_ADDR=STRANGER).status_code
        for n in range(40)
    ]
    assert codes[:19] == [200] * 19
    assert set(codes[19:]) == {429}
    blocked = sign_in(Client(), "boris", "pw-boris-2026", REMOTE_ADDR=STRANGER)
    assert blocked.status_code == 429
    assert "Adresse momentanément bloquée" in blocked.content.decode()
    assert "15 minutes" in blocked.content.decode()
    assert sign_in(Client(), "boris", "pw-boris-2026", REMOTE_ADDR=OFFICE).status_code == 302


@pytest.mark.parametrize(
    "language, title",
    [("en", "Address temporarily locked"), ("ru", "Адрес временно заблокирован")],
)
def test_the_lock_page_speaks_the_users_language(story, language, title):
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    for n in range(20):
        answer = sign_in(client, f"user{n}", "wrong", REMOTE_ADDR=STRANGER)
    assert answer.status_code == 429
    assert title in answer.content.decode()


def test_locks_last_fifteen_minutes(story):
    from axes.models import AccessAttempt
    from django.utils import timezone

    for n in range(20):
        sign_in(Client(), f"user{n}", "wrong", REMOTE_ADDR=STRANGER)
    assert sign_in(Client(), "boris", "pw-boris-2026", REMOTE_ADDR=STRANGER).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timezone.timedelta(minutes=16))
    assert sign_in(Client(), "boris", "pw-boris-2026", REMOTE_ADDR=STRANGER).status_code == 302


def test_a_success_forgets_only_that_accounts_failures(story):
    for n in range(15):
        sign_in(Client(), f"user{n}", "wrong", REMOTE_ADDR=STRANGER)
    for _ in range(4):
        sign_in(Client(), "rita", "wrong", REMOTE_ADDR=STRANGER)
    assert sign_in(Client(), "rita", "pw-rita-2026", REMOTE_ADDR=STRANGER).status_code == 302
    # Rita's own typos are forgotten, the 15 other failures are not: 5 more lock the address.
    codes = [
        sign_in(Client(), f"other{n}", "wrong", REMOTE_ADDR=STRANGER).status_code for n in range(5)
    ]
    assert codes == [200, 200, 200, 200, 429]


def test_forwarded_for_is_ignored_unless_proxies_are_configured(story, settings):
    """A client that rotates X-Forwarded-For is still one address without SUIVI_PROXY_COUNT."""
    codes = [
        sign_in(
            Client(), f"user{n}", "wrong", REMOTE_ADDR=STRANGER, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}"
        ).status_code
        for n in range(20)
    ]
    assert codes[-1] == 429
    # Behind one trusted proxy, the address that proxy appended is the client's.
    settings.SUIVI_PROXY_COUNT = 1
    proxied = sign_in(
        Client(),
        "boris",
        "pw-boris-2026",
        REMOTE_ADDR=STRANGER,
        HTTP_X_FORWARDED_FOR=f"{STRANGER}, {OFFICE}",
    )
    assert proxied.status_code == 302
    assert SignInEvent.objects.filter(kind="success").get().ip_address == OFFICE


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
