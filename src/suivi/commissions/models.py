"""Joint bodies that follow the agreements, and their sessions."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from suivi.core.models import ConfidentialModel


class Commission(models.Model):
    """A joint commission or committee that meets on a cadence to follow the projects."""

    name = models.CharField(_("nom"), max_length=300)
    parties = models.ManyToManyField(
        "parties.Party", verbose_name=_("parties"), related_name="commissions"
    )
    agreements = models.ManyToManyField(
        "agreements.Agreement",
        verbose_name=_("accords suivis"),
        blank=True,
        related_name="commissions",
    )
    mandate = models.TextField(_("mandat"), blank=True)
    cadence_months = models.PositiveSmallIntegerField(
        _("périodicité (mois)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Tous les combien de mois la commission se réunit."),
    )
    chairs = models.ManyToManyField(
        "parties.Person", verbose_name=_("coprésidents"), blank=True, related_name="chaired"
    )
    history = HistoricalRecords(m2m_fields=[parties, agreements, chairs])
    scope_rule = "commission"

    class Meta:
        ordering = ["name"]
        verbose_name = _("commission")
        verbose_name_plural = _("commissions")
        constraints = [
            models.CheckConstraint(
                condition=Q(cadence_months__isnull=True) | Q(cadence_months__gte=1),
                name="commission_cadence_positive",
                violation_error_message=_("La périodicité est d'au moins un mois."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class SessionStatus(models.TextChoices):
    PLANNED = "planned", _("Prévue")
    HELD = "held", _("Tenue")
    POSTPONED = "postponed", _("Reportée")
    CANCELLED = "cancelled", _("Annulée")


class Session(ConfidentialModel):
    """One meeting of a commission; its number is unique within the commission."""

    commission = models.ForeignKey(
        Commission, verbose_name=_("commission"), on_delete=models.PROTECT, related_name="sessions"
    )
    number = models.PositiveIntegerField(_("numéro"))
    start = models.DateField(_("début"), null=True, blank=True)
    end = models.DateField(_("fin"), null=True, blank=True)
    place = models.CharField(_("lieu"), max_length=200, blank=True)
    status = models.CharField(
        _("statut"), max_length=16, choices=SessionStatus.choices, default=SessionStatus.PLANNED
    )
    minutes = models.TextField(_("procès-verbal"), blank=True)
    history = HistoricalRecords()
    commission_lookups = ("commission",)

    class Meta:
        ordering = ["commission", "number"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.UniqueConstraint(
                fields=["commission", "number"],
                name="session_number_unique_per_commission",
                violation_error_message=_("Cette commission a déjà une session de ce numéro."),
            ),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=F("start")),
                name="session_end_not_before_start",
                violation_error_message=_("Une session ne finit pas avant de commencer."),
            ),
        ]

    def __str__(self) -> str:
        return _("%(commission)s, session %(number)s") % {
            "commission": self.commission,
            "number": self.number,
        }

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Une session ne finit pas avant de commencer.")})
