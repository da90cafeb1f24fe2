"""Who may do what (memberships), how scripts sign in (API tokens), and who signed in when."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class RoleName(models.TextChoices):
    ADMIN = "admin", _("Administrateur")
    SECRETARIAT = "secretariat", _("Secrétariat de commission")
    DELEGATE = "delegate", _("Membre de délégation")
    REVIEWER = "reviewer", _("Relecteur")
    READER = "reader", _("Lecteur")


# Roles that act within one commission, and the one that also speaks for a party.
COMMISSION_ROLES = (RoleName.SECRETARIAT, RoleName.DELEGATE)


class Membership(models.Model):
    """One role a user holds; a delegate sits for one party in one commission."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("rôle"), max_length=16, choices=RoleName.choices)
    commission = models.ForeignKey(
        "commissions.Commission",
        verbose_name=_("commission"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="memberships",
    )
    party = models.ForeignKey(
        "parties.Party",
        verbose_name=_("partie"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    history = HistoricalRecords()
    scope_rule = "own"

    class Meta:
        ordering = ["user", "role"]
        verbose_name = _("rôle attribué")
        verbose_name_plural = _("rôles attribués")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "commission", "party"],
                name="membership_unique",
                nulls_distinct=False,
                violation_error_message=_("Cet utilisateur a déjà ce rôle."),
            ),
        ]

    def __str__(self) -> str:
        where = " · ".join(str(part) for part in (self.commission, self.party) if part)
        role = self.get_role_display()
        return f"{self.user} — {role} ({where})" if where else f"{self.user} — {role}"

    def clean(self) -> None:
        super().clean()
        if self.role in COMMISSION_ROLES and not self.commission_id:
            raise ValidationError({"commission": _("Ce rôle s'exerce dans une commission.")})
        if self.role == RoleName.DELEGATE and not self.party_id:
            raise ValidationError({"party": _("Une délégation représente une partie.")})
        if self.role != RoleName.DELEGATE and self.party_id:
            raise ValidationError({"party": _("Seule une délégation représente une partie.")})
        if self.role not in COMMISSION_ROLES and self.commission_id:
            raise ValidationError({"commission": _("Ce rôle ne s'exerce pas par commission.")})
        if (
            self.role == RoleName.DELEGATE
            and self.commission_id
            and self.party_id
            and not self.commission.parties.filter(pk=self.party_id).exists()
        ):
            raise ValidationError({"party": _("Cette partie ne siège pas dans cette commission.")})


class ApiToken(models.Model):
    """A bearer token for scripts: only its SHA-256 is kept, the prefix names it in logs and CLI."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    prefix = models.CharField(_("identifiant"), max_length=16, unique=True)
    digest = models.CharField(_("empreinte"), max_length=64, unique=True, editable=False)
    created = models.DateTimeField(_("créé le"), auto_now_add=True)
    expires = models.DateTimeField(_("expire le"), null=True, blank=True)
    revoked = models.DateTimeField(_("révoqué le"), null=True, blank=True)
    last_used = models.DateTimeField(_("dernier usage"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["last_used"])
    scope_rule = "own"

    class Meta:
        ordering = ["-created"]
        verbose_name = _("jeton d'API")
        verbose_name_plural = _("jetons d'API")

    def __str__(self) -> str:
        return self.prefix

    def is_usable(self) -> bool:
        now = timezone.now()
        return self.revoked is None and (self.expires is None or self.expires > now)


class SignInKind(models.TextChoices):
    SUCCESS = "success", _("Connexion")
    FAILURE = "failure", _("Échec de connexion")
    LOCKED = "locked", _("Compte bloqué")
    LOGOUT = "logout", _("Déconnexion")


class SignInEvent(models.Model):
    """A sign-in, failed sign-in, lockout or sign-out, kept for the audit log."""

    at = models.DateTimeField(_("quand"), default=timezone.now, db_index=True)
    kind = models.CharField(_("événement"), max_length=16, choices=SignInKind.choices)
    username = models.CharField(_("identifiant saisi"), max_length=150, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    ip_address = models.GenericIPAddressField(_("adresse IP"), null=True, blank=True)
    user_agent = models.CharField(_("navigateur"), max_length=300, blank=True)
    history = HistoricalRecords()
    scope_rule = "admin"

    class Meta:
        ordering = ["-at"]
        verbose_name = _("événement de connexion")
        verbose_name_plural = _("événements de connexion")

    def __str__(self) -> str:
        when = formats.date_format(timezone.localtime(self.at), "DATETIME_FORMAT")
        return f"{self.get_kind_display()} — {self.username} ({when})"
