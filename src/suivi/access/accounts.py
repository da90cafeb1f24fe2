"""Accounts from the command line: users with a role, and who a command acts as.

Every check runs before anything is written, and the writes run in one transaction, so a
bad role, party, commission or password leaves the register untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from suivi.access.models import Membership, RoleName


class AccountError(ValueError):
    """Input that cannot make an account; the message is one line for the user."""


@dataclass
class NewMembership:
    user: object
    membership: Membership
    created_user: bool


def actor(username: str | None):
    """The user a command's writes are recorded under: `--as USER`, else the first superuser."""
    users = get_user_model().objects
    if username:
        found = users.filter(username=username).first()
        if found is None:
            raise AccountError(f"no user named {username!r}")
        return found
    return users.filter(is_superuser=True, is_active=True).order_by("pk").first()


def read_password(path: str) -> str:
    """The first line of a password file (kept out of the shell history and process list)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AccountError(f"password file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        raise AccountError(f"cannot read password file {path}: {error}") from None
    lines = text.splitlines()
    password = lines[0] if lines else ""
    if not password.strip():
        raise AccountError(f"password file {path} is empty")
    return password


def add_membership(
    username: str,
    role: str,
    party_code: str | None = None,
    commission_id: str | None = None,
    password: str | None = None,
) -> NewMembership:
    """Create the user if needed and give them `role`; raises AccountError on bad input."""
    from suivi.commissions.models import Commission
    from suivi.parties.models import Party

    if role not in RoleName.values:
        raise AccountError(f"unknown role {role!r} (one of: {', '.join(RoleName.values)})")
    if not username.strip() or len(username) > 150:
        raise AccountError("a user name is 1 to 150 characters")
    party = None
    if party_code:
        party = Party.objects.filter(code__iexact=party_code).first()
        if party is None:
            raise AccountError(f"no party with code {party_code!r}")
    commission = None
    if commission_id is not None:
        if not str(commission_id).isdigit():
            raise AccountError(f"a commission id is a number, not {commission_id!r}")
        commission = Commission.objects.filter(pk=int(commission_id)).first()
        if commission is None:
            raise AccountError(f"no commission with id {commission_id}")
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    candidate = user or user_model(username=username)
    if password is not None:
        _check_password(password, candidate)
    membership = Membership(role=role, party=party, commission=commission)
    try:
        membership.clean()
    except ValidationError as error:
        raise AccountError(_first_message(error)) from None
    if (
        user
        and Membership.objects.filter(
            user=user, role=role, party=party, commission=commission
        ).exists()
    ):
        raise AccountError(f"{username} already has this role")
    with transaction.atomic():
        created = user is None
        user = candidate
        if password:
            user.set_password(password)
        elif created:
            user.set_unusable_password()
        if role == RoleName.ADMIN:
            user.is_staff = user.is_superuser = True
        user.save()
        membership.user = user
        membership.save()
    return NewMembership(user=user, membership=membership, created_user=created)


def _check_password(password: str, user) -> None:
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise AccountError(f"password refused: {_first_message(error)}") from None


def _first_message(error: ValidationError) -> str:
    return str(error.messages[0]) if error.messages else str(error)
