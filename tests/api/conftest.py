"""Callers of API v1: a Bearer token per user, JSON in and out."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from suivi.access import tokens

V1 = "/api/v1"


class Caller:
    """One user's client: `caller.get("/agreements/")` answers the response, `.json()` its body."""

    def __init__(self, user) -> None:
        self.client = Client()
        self.headers = {"HTTP_AUTHORIZATION": f"Bearer {tokens.issue(user, days=1)[1]}"}

    def get(self, path: str, params: dict | None = None, **extra):
        return self.client.get(V1 + path, params or {}, **self.headers, **extra)

    def send(self, method: str, path: str, data: dict | None = None, **extra):
        payload = json.dumps(data or {})
        return self.client.generic(
            method, V1 + path, payload, "application/json", **self.headers, **extra
        )

    def post(self, path: str, data: dict | None = None, **extra):
        return self.send("POST", path, data, **extra)

    def patch(self, path: str, data: dict | None = None, **extra):
        return self.send("PATCH", path, data, **extra)

    def delete(self, path: str, **extra):
        return self.send("DELETE", path, None, **extra)


@pytest.fixture
def caller():
    return Caller


@pytest.fixture
def admin(admin_user) -> Caller:
    return Caller(admin_user)
