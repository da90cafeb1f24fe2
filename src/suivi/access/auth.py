"""How the API knows who is calling: a bearer token for scripts, the session for the browser.

Both schemes apply to every operation, declared once as the NinjaAPI default (`API_AUTH`);
routers and operations never set their own `auth`, so a script's token works wherever the
browser's session does.
"""

from __future__ import annotations

from ninja.security import HttpBearer
from ninja.security.session import SessionAuth

from suivi.access import tokens


class BearerToken(HttpBearer):
    """`Authorization: Bearer suivi_…`; a wrong, expired or revoked token answers 401."""

    def authenticate(self, request, token: str):
        user = tokens.authenticate(token)
        if user is not None:
            # Endpoints scope by request.user, as pages do.
            request.user = user
        return user


class BrowserSession(SessionAuth):
    """The signed-in browser; its unsafe requests must carry the CSRF token.

    ninja's `django_auth` checks CSRF before it knows whether anyone is signed in, so a
    caller with no credentials at all got 403 "CSRF check Failed" on writes instead of 401.
    Here the CSRF check applies only once a session user is found.
    """

    def _get_key(self, request):
        if not getattr(request.user, "is_authenticated", False):
            return None
        return super()._get_key(request)


# Tried in order: the token first, then the browser session (which checks CSRF on writes).
API_AUTH = [BearerToken(), BrowserSession()]
