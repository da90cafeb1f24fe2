"""Sign-in throttling per account and per address, on top of django-axes.

axes counts failures per lockout parameter (settings.AXES_LOCKOUT_PARAMETERS) but compares
them all with one limit. suivi wants two: a few failures for one account from one address
lock that pair (a stranger elsewhere cannot lock a known account out), more failures from
one address across accounts lock the address (one address cannot spray accounts).
`SignInThrottle` scales each group's failures to axes's single limit, so a group is locked
exactly when it reaches its own limit in settings.SUIVI_SIGNIN_LIMITS.
"""

from __future__ import annotations

from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings

SCALE = 100  # settings.AXES_FAILURE_LIMIT: a group at its own limit counts SCALE


def client_ip(request) -> str | None:
    """The client's address: REMOTE_ADDR, or the address the outermost trusted proxy saw.

    X-Forwarded-For is read only when settings.SUIVI_PROXY_COUNT says how many proxies in
    front of suivi append to it; the entry that many places from the right is the one the
    first trusted proxy wrote, whatever a client put in the header before it.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    count = getattr(settings, "SUIVI_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        return remote
    return forwarded[-count][:45] or remote


class SignInThrottle(AxesDatabaseHandler):
    """axes's database handler with one failure limit per lockout parameter."""

    def get_failures(self, request, credentials: dict | None = None) -> int:
        limits = settings.SUIVI_SIGNIN_LIMITS
        worst, locked_by = 0, None
        for group, attempts, limit in zip(
            settings.AXES_LOCKOUT_PARAMETERS,
            self.get_user_attempts(request, credentials),
            limits,
            strict=True,
        ):
            failures = sum(attempts.values_list("failures_since_start", flat=True))
            scaled = failures * SCALE // limit
            if scaled > worst:
                worst = scaled
                locked_by = "address" if group == "ip_address" else "account"
        if request is not None and worst >= SCALE:
            request.suivi_locked_by = locked_by
        return worst

    def user_logged_in(self, sender, request, user, **kwargs) -> None:
        """A success forgets this account's failures from this address, not the address's others."""
        super().user_logged_in(sender, request, user, **kwargs)
        AccessAttempt.objects.filter(
            username=user.get_username(), ip_address=getattr(request, "axes_ip_address", None)
        ).delete()
