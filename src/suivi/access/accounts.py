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
from django.utils.translation import gettext as _

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
            raise AccountError(_("aucun utilisateur « %(user)s »") % {"user": username})
        return found
    return users.filter(is_superuser=True, is_active=True).order_by("pk").first()


def read_password(path: str) -> str:
    """The first line of a password file (kept out of the shell history and process list)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AccountError(
            _("le fichier de mot de passe %(path)s n'existe pas") % {"path": path}
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise AccountError(
            _("impossible de lire le fichier de mot de passe %(path)s : %(error)s")
            % {"path": path, "error": error}
        ) from None
    lines = text.splitlines()
    password = lines[0] if lines else ""
    if not password.strip():
        raise AccountError(_("le fichier de mot de passe %(path)s est vide") % {"path": path})
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
        raise AccountError(
            _("rôle inconnu « %(role)s » (au choix : %(roles)s)")
            % {"role": role, "roles": ", ".join(RoleName.values)}
        )
    if not username.strip() or len(username) > 150:
        raise AccountError(_("un identifiant compte de 1 à 150 caractères"))
    party = None
    if party_code:
        party = Party.objects.filter(code__iexact=party_code).first()
        if party is None:
            raise AccountError(_("aucune partie de code « %(code)s »") % {"code": party_code})
    commission = None
    if commission_id is not None:
        if not str(commission_id).isdigit():
            raise AccountError(
                _("l'identifiant d'une commission est un nombre, pas « %(value)s »")
                % {"value": commission_id}
            )
        commission = Commission.objects.filter(pk=int(commission_id)).first()
        if commission is None:
            raise AccountError(_("aucune commission d'identifiant %(id)s") % {"id": commission_id})
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
        raise AccountError(_("%(user)s a déjà ce rôle") % {"user": username})
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
        raise AccountError(
            _("mot de passe refusé : %(reason)s") % {"reason": _first_message(error)}
        ) from None


def _first_message(error: ValidationError) -> str:
    return str(error.messages[0]) if error.messages else str(error)
