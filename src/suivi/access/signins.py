"""Record sign-ins, failed sign-ins, lockouts and sign-outs for the audit log."""

from __future__ import annotations

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from suivi.access.models import SignInEvent, SignInKind
from suivi.access.throttle import client_ip


def _client(request) -> dict:
    if request is None:
        return {}
    meta = request.META
    return {
        "ip_address": client_ip(request),
        "user_agent": meta.get("HTTP_USER_AGENT", "")[:300],
    }


def _record(kind: str, username: str, request, user=None) -> None:
    if user is None and username:
        user = get_user_model().objects.filter(username=username).first()
    SignInEvent.objects.create(
        kind=kind, username=(username or "")[:150], user=user, **_client(request)
    )


@receiver(user_logged_in, dispatch_uid="suivi-signin-success")
def on_login(sender, request, user, **kwargs) -> None:
    _record(SignInKind.SUCCESS, user.get_username(), request, user)


@receiver(user_logged_out, dispatch_uid="suivi-signin-logout")
def on_logout(sender, request, user, **kwargs) -> None:
    if user is not None:
        _record(SignInKind.LOGOUT, user.get_username(), request, user)


@receiver(user_login_failed, dispatch_uid="suivi-signin-failure")
def on_failure(sender, credentials, request=None, **kwargs) -> None:
    _record(SignInKind.FAILURE, credentials.get("username", ""), request)


@receiver(user_locked_out, dispatch_uid="suivi-signin-locked")
def on_locked_out(sender, request, username, ip_address, **kwargs) -> None:
    _record(SignInKind.LOCKED, username or "", request)
