"""Projects that agreements launch, with their lead agencies, budget and milestones."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from suivi.core.formats import day
from suivi.core.history import LinkedHistory
from suivi.core.models import ConfidentialModel, Searchable
from suivi.core.versioning import VersionedModel


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Prévu")
    ONGOING = "ongoing", _("En cours")
    SUSPENDED = "suspended", _("Suspendu")
    COMPLETED = "completed", _("Achevé")
    CANCELLED = "cancelled", _("Annulé")


class Project(VersionedModel, ConfidentialModel, Searchable):
    """Work an agreement launches; the commission follows its status and milestones."""

    title = models.CharField(_("intitulé"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    agreements = models.ManyToManyField(
        "agreements.Agreement", verbose_name=_("accords mis en œuvre"), related_name="projects"
    )
    sectors = models.ManyToManyField("core.Sector", verbose_name=_("secteurs"), blank=True)
    budget_amount = models.DecimalField(
        _("budget"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    budget_currency = models.CharField(
        _("devise"), max_length=3, blank=True, help_text=_("Code ISO 4217 (XOF, EUR, RUB…).")
    )
    start = models.DateField(_("début"), null=True, blank=True)
    end = models.DateField(_("fin"), null=True, blank=True)
    status = models.CharField(
        _("statut"), max_length=16, choices=ProjectStatus.choices, default=ProjectStatus.PLANNED
    )
    history = LinkedHistory(
        m2m_fields=[agreements, sectors], excluded_fields=["version", "search_text"]
    )
    searched_fields = ("title", "description")
    commission_lookups = ("agreements__commissions",)
    party_lookups = ("leads__party",)  # the delegates of a lead party update the project

    class Meta:
        ordering = ["title"]
        verbose_name = _("projet")
        verbose_name_plural = _("projets")
        indexes = [models.Index(fields=["title", "id"], name="project_list_order")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=F("start")),
                name="project_end_not_before_start",
                violation_error_message=_("La fin d'un projet ne précède pas son début."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.budget_amount is not None and not self.budget_currency:
            raise ValidationError({"budget_currency": _("Un budget s'exprime dans une devise.")})
        if self.budget_currency:
            import pycountry

            self.budget_currency = self.budget_currency.upper()
            if pycountry.currencies.get(alpha_3=self.budget_currency) is None:
                raise ValidationError({"budget_currency": _("Devise inconnue (ISO 4217).")})
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("La fin d'un projet ne précède pas son début.")})


class LeadAgency(VersionedModel):
    """Which agency leads the project for one party (each side names its own)."""

    project = models.ForeignKey(
        Project, verbose_name=_("projet"), on_delete=models.CASCADE, related_name="leads"
    )
    party = models.ForeignKey(
        "parties.Party", verbose_name=_("partie"), on_delete=models.PROTECT, related_name="+"
    )
    agency = models.ForeignKey(
        "parties.Party",
        verbose_name=_("agence chef de file"),
        on_delete=models.PROTECT,
        related_name="led_projects",
    )
    history = HistoricalRecords(excluded_fields=["version"])
    scope_parent = "project"

    class Meta:
        verbose_name = _("chef de file")
        verbose_name_plural = _("chefs de file")
        constraints = [
            models.UniqueConstraint(fields=["project", "party"], name="one_lead_per_party"),
        ]

    def __str__(self) -> str:
        return f"{self.party.code}: {self.agency}"


class Milestone(VersionedModel):
    """A dated step of a project; late when its due date passed and it is not done."""

    project = models.ForeignKey(
        Project, verbose_name=_("projet"), on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField(_("intitulé"), max_length=300)
    due = models.DateField(_("échéance"))
    done_on = models.DateField(_("réalisé le"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["version"])
    scope_parent = "project"

    class Meta:
        ordering = ["project", "due"]
        verbose_name = _("jalon")
        verbose_name_plural = _("jalons")
        # the home page's overdue milestones, oldest first
        indexes = [
            models.Index(
                fields=["due", "id"], condition=Q(done_on__isnull=True), name="milestone_open_due"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({day(self.due)})"

    def save(self, *args, **kwargs) -> None:
        self.check_due()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        self.check_due()

    def check_due(self) -> None:
        """A milestone due before its project starts is a typing error, refused everywhere."""
        known = self.project_id or Milestone.project.is_cached(self)  # or a project not saved yet
        if known and self.project.start and self.due and self.due < self.project.start:
            raise ValidationError(
                {"due": _("Un jalon ne peut être dû avant le début de son projet.")}
            )
