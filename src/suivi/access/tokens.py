"""API tokens: `suivi_<id>_<secret>`; only the SHA-256 of the whole token is stored."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from suivi.access.models import ApiToken

SECRET_BYTES = 32
TOKEN_RE = re.compile(r"^suivi_(?P<prefix>[A-Za-z0-9]{8})_(?P<secret>[A-Za-z0-9_-]{43})$")
PREFIX_RE = re.compile(r"^(suivi_)?(?P<prefix>[A-Za-z0-9]{8})$")


class TokenFormatError(ValueError):
    """A string that cannot be a suivi token (or token id)."""


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def _new_prefix() -> str:
    """Eight letters and digits: no `_` or `-`, so the token splits unambiguously."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(secrets.choice(alphabet) for _ in range(8))


def issue(user, days: int | None) -> tuple[ApiToken, str]:
    """Create a token for `user` valid `days` days (None: no expiry); the clear token is returned once."""
    prefix = _new_prefix()
    token = f"suivi_{prefix}_{secrets.token_urlsafe(SECRET_BYTES)}"
    expires = timezone.now() + timedelta(days=days) if days is not None else None
    with transaction.atomic():
        record = ApiToken.objects.create(
            user=user, prefix=prefix, digest=digest(token), expires=expires
        )
    return record, token


def parse_prefix(text: str) -> str:
    """The token id in `text` (a bare id, or a whole token); raises TokenFormatError."""
    text = text.strip()
    whole = TOKEN_RE.match(text)
    if whole:
        return whole["prefix"]
    bare = PREFIX_RE.match(text)
    if bare:
        return bare["prefix"]
    raise TokenFormatError(text)


def authenticate(token: str):
    """The active user a usable token belongs to, or None; notes when the token was last used."""
    if not TOKEN_RE.match(token or ""):
        return None
    record = ApiToken.objects.select_related("user").filter(digest=digest(token)).first()
    if record is None or not record.is_usable() or not record.user.is_active:
        return None
    now = timezone.now()
    if record.last_used is None or now - record.last_used > timedelta(minutes=1):
        ApiToken.objects.filter(pk=record.pk).update(last_used=now)
    return record.user
