"""How the API knows who is calling: a bearer token for scripts, the session for the browser."""

from __future__ import annotations

from ninja.security import HttpBearer, django_auth

from suivi.access import tokens


class BearerToken(HttpBearer):
    """`Authorization: Bearer suivi_…`; a wrong, expired or revoked token answers 401."""

    def authenticate(self, request, token: str):
        user = tokens.authenticate(token)
        if user is not None:
            # Endpoints scope by request.user, as pages do.
            request.user = user
        return user


# Tried in order: the token first, then the browser session (which checks CSRF on writes).
API_AUTH = [BearerToken(), django_auth]
