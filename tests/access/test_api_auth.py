"""Bearer and session authentication on every API operation, declared once (issue 9, item 3)."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from suivi.access import tokens
from tests.access.operations import api_operations, world

pytestmark = pytest.mark.django_db


def _call(client: Client, operation, **headers):
    method = getattr(client, operation.method)
    if operation.body is None:
        return method(operation.path, **headers)
    return method(
        operation.path, json.dumps(operation.body), content_type="application/json", **headers
    )


def test_every_operation_takes_a_bearer_token_and_refuses_no_credentials(story, admin_user):
    ids = world(story)
    operations = api_operations(ids)
    assert len(operations) >= 27
    assert sum(op.template.startswith("/api/commissions") for op in operations) == 16
    assert sum(op.template.startswith("/api/sources") for op in operations) == 6
    _, token = tokens.issue(admin_user, days=1)
    anonymous = Client(raise_request_exception=False)
    for operation in operations:
        response = _call(anonymous, operation)
        assert response.status_code == 401, f"{operation} without credentials"
        with_token = _call(
            Client(raise_request_exception=False),
            operation,
            HTTP_AUTHORIZATION=f"Bearer {token}",
        )
        assert with_token.status_code not in (401, 403), f"{operation} refused a valid token"
        assert with_token.status_code < 500, f"{operation}: {with_token.status_code}"


def test_every_operation_takes_the_browser_session(story, admin_user):
    ids = world(story)
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    for operation in api_operations(ids):
        response = _call(client, operation)
        assert response.status_code not in (401, 403), f"{operation} refused the session"
        assert response.status_code < 500, f"{operation}: {response.status_code}"


def test_a_session_write_needs_the_csrf_token_a_bearer_write_does_not(story, admin_user):
    ids = world(story)
    unsafe = [op for op in api_operations(ids) if op.unsafe]
    browser = Client(enforce_csrf_checks=True, raise_request_exception=False)
    browser.force_login(admin_user)
    for operation in unsafe:
        assert _call(browser, operation).status_code == 403, f"{operation} without CSRF"
    _, token = tokens.issue(admin_user, days=1)
    script = Client(enforce_csrf_checks=True, raise_request_exception=False)
    answer = script.patch(
        f"/api/commissions/{ids.commission_id}/action-items/{ids.action_id}",
        json.dumps({"status": "in_progress"}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert answer.status_code == 200


def test_no_router_or_operation_sets_its_own_auth():
    """Declared once: every operation uses the API's default (Bearer, then session)."""
    from suivi.access.auth import API_AUTH
    from suivi.conf.api import api

    for router in api._get_bound_routers():
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                assert list(operation.auth_callbacks) == list(API_AUTH), operation.path
