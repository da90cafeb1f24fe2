"""Role checks on every write path, declared once (issue 9, item 4).

Every page URL and every unsafe API operation is discovered (URLconf, OpenAPI schema) and
tried as a reader: each answers 403 (or 404 out of scope, 405 for read-only pages) and not
a row changes anywhere in the register, its history or the accounts.
"""

from __future__ import annotations

import json

import pytest
from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.test import Client, RequestFactory

from suivi.access import permissions, tokens
from suivi.access.permissions import ACTIONS, ANYONE, SIGNED_IN, declared_action
from tests.access.operations import api_operations, page_urls, world
from tests.conftest import run_suivi

pytestmark = pytest.mark.django_db

# Actions open to readers: signing in and out, and their own calendar address.
OPEN_TO_READERS = {name for name, roles in ACTIONS.items() if roles & {ANYONE, SIGNED_IN}}


def snapshot() -> dict[str, int]:
    """Row counts and the highest version of every table: any write shows in one of them."""
    state = {}
    for model in apps.get_models():
        rows = model._default_manager.all()
        state[model._meta.label] = rows.count()
        if any(field.name == "version" for field in model._meta.concrete_fields):
            state[f"{model._meta.label}.version"] = sum(rows.values_list("version", flat=True))
    return state


def _client(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_the_reader_writes_nothing_through_any_page(story):
    ids = world(story)
    client = _client(story.reader)
    before = snapshot()
    tried = 0
    for url, pattern in page_urls(ids):
        if declared_action(pattern.callback) in OPEN_TO_READERS:
            continue
        response = client.post(url, {"title": "x", "reason": "x", "number": 9, "text": "x"})
        assert response.status_code in (403, 404, 405), f"POST {url}: {response.status_code}"
        tried += 1
    assert tried >= 20
    assert snapshot() == before


def test_the_reader_writes_nothing_through_the_api(story):
    ids = world(story)
    _, token = tokens.issue(story.reader, days=1)
    before = snapshot()
    unsafe = [op for op in api_operations(ids) if op.unsafe]
    assert len(unsafe) >= 11
    for operation in unsafe:
        method = getattr(Client(raise_request_exception=False), operation.method)
        response = method(
            operation.path,
            json.dumps(operation.body or {}),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {token}",
        )
        assert response.status_code in (403, 404), f"{operation}: {response.status_code}"
    assert snapshot() == before


FRENCH = {"SUIVI_LANGUAGE": "fr"}


@pytest.mark.parametrize("who", ["reader", "mli"])
def test_a_reader_or_a_delegate_may_not_upload(story, who):
    from suivi.sources.models import Source

    client = _client(getattr(story, who))
    assert client.get("/sources/upload/").status_code == 403
    response = client.post("/sources/upload/", {"text": "Le Mali et la Russie coopèrent."})
    assert response.status_code == 403
    assert not Source.objects.exists()


def test_a_reviewer_may_upload(story):
    from suivi.sources.models import Source

    client = _client(story.reviewer)
    response = client.post("/sources/upload/", {"text": "Le Mali et la Russie coopèrent."})
    assert response.status_code == 302
    assert Source.objects.count() == 1


def test_an_undeclared_view_takes_no_write():
    """Deny by default: a page or an operation that names no action refuses unsafe methods."""
    from ninja.errors import HttpError

    def undeclared(request):
        return "written"

    request = RequestFactory().post("/somewhere/")
    request.resolver_match = None
    guard = permissions.WriteGuardMiddleware(lambda r: None)
    with pytest.raises(PermissionDenied):
        guard.process_view(request, undeclared, (), {})
    with pytest.raises(HttpError) as refused:
        permissions.enforce(undeclared)(request)
    assert refused.value.status_code == 403
    assert guard.process_view(RequestFactory().get("/somewhere/"), undeclared, (), {}) is None


def test_every_declared_action_is_in_the_table():
    """`requires` refuses unknown names at import; unknown actions are refused at run time."""
    with pytest.raises(KeyError):
        permissions.requires("nothing.such")
    assert not permissions.permits(None, "nothing.such")


@pytest.fixture(scope="module")
def register_with_a_reader(tmp_path_factory, registers):
    """A register on disk with one reader, rita, made once for the command-line cases."""
    folder = tmp_path_factory.mktemp("cli")
    data = registers.seed_migrated(folder / "data")
    assert run_suivi("init", "--data-dir", str(data)).returncode == 0
    password = folder / "pw"
    password.write_text("pw-rita-2026-long")
    added = run_suivi(
        "user", "add", "rita", "--role", "reader", "--password-file", str(password),
        "--data-dir", str(data),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return data


@pytest.mark.parametrize(
    "command",
    [
        ["ingest", "-"],
        ["review", "accept", "1"],
        ["commission", "add-session", "1"],
        ["commission", "add", "Commission"],
    ],
)
def test_the_command_line_refuses_a_reader(register_with_a_reader, command):
    data = register_with_a_reader
    done = run_suivi(
        *command, "--as", "rita", "--data-dir", str(data), input="Le Mali.", env=FRENCH
    )
    assert done.returncode != 0
    assert "rita ne peut pas" in done.stderr
