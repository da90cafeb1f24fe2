"""Who a command acts as, so history names the person behind CLI writes."""

from __future__ import annotations

from suivi.cli.errors import CommandError


def user_for(username: str | None):
    """The user named by --as, else the first superuser; a clear error when there is none."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    if username:
        user = users.filter(username=username).first()
        if user is None:
            raise CommandError(f"no user named {username!r}")
        return user
    user = users.filter(is_superuser=True, is_active=True).order_by("pk").first()
    if user is None:
        raise CommandError("no administrator yet: run `suivi init` or give --as USER")
    return user
