"""Agreements between parties, from their announcement to their entry into force."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from suivi.core.history import LinkedHistory
from suivi.core.i18n import localized
from suivi.core.models import ConfidentialModel, Searchable
from suivi.core.versioning import VersionedModel
from suivi.core.vocabularies import AgreementKind, AgreementStatus

# The dated steps of an agreement's life, in the order they happen.
STEP_DATES = ("announced_on", "initialled_on", "signed_on", "ratified_on", "in_force_on")


class Agreement(VersionedModel, ConfidentialModel, Searchable):
    """An agreement the parties announced, initialled, signed or brought into force."""

    kind = models.CharField(_("nature"), max_length=16, choices=AgreementKind.choices)
    title_fr = models.CharField(_("intitulé (fr)"), max_length=500, blank=True)
    title_en = models.CharField(_("intitulé (en)"), max_length=500, blank=True)
    title_ru = models.CharField(_("intitulé (ru)"), max_length=500, blank=True)
    sectors = models.ManyToManyField("core.Sector", verbose_name=_("secteurs"), blank=True)
    parties = models.ManyToManyField(
        "parties.Party", verbose_name=_("parties"), related_name="agreements"
    )
    signatories = models.ManyToManyField(
        "parties.Person", verbose_name=_("signataires"), blank=True, related_name="signed"
    )
    place = models.CharField(_("lieu de signature"), max_length=200, blank=True)
    status = models.CharField(
        _("statut"), max_length=16, choices=AgreementStatus.choices, default=AgreementStatus.PLANNED
    )
    announced_on = models.DateField(_("annoncé le"), null=True, blank=True)
    initialled_on = models.DateField(_("paraphé le"), null=True, blank=True)
    signed_on = models.DateField(_("signé le"), null=True, blank=True)
    ratified_on = models.DateField(_("ratifié le"), null=True, blank=True)
    in_force_on = models.DateField(_("en vigueur le"), null=True, blank=True)
    ended_on = models.DateField(_("expiré ou dénoncé le"), null=True, blank=True)
    summary = models.TextField(_("résumé"), blank=True)
    history = LinkedHistory(
        m2m_fields=[sectors, parties, signatories], excluded_fields=["version", "search_text"]
    )
    searched_fields = ("title_fr", "title_en", "title_ru", "summary", "place")
    commission_lookups = ("commissions",)

    class Meta:
        ordering = ["-signed_on", "-announced_on", "pk"]
        verbose_name = _("accord")
        verbose_name_plural = _("accords")
        indexes = [
            models.Index(fields=["-signed_on", "-announced_on", "id"], name="agreement_list_order")
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(in_force_on__isnull=True)
                | Q(signed_on__isnull=True)
                | Q(in_force_on__gte=F("signed_on")),
                name="agreement_in_force_not_before_signature",
                violation_error_message=_("L'entrée en vigueur ne peut précéder la signature."),
            ),
            models.CheckConstraint(
                condition=Q(ratified_on__isnull=True)
                | Q(signed_on__isnull=True)
                | Q(ratified_on__gte=F("signed_on")),
                name="agreement_ratified_not_before_signature",
                violation_error_message=_("La ratification ne peut précéder la signature."),
            ),
        ]

    def __str__(self) -> str:
        title = localized(self, "title")
        return title or f"{self.get_kind_display()} #{self.pk}"

    def clean(self) -> None:
        super().clean()
        if self.signed_on and self.in_force_on and self.in_force_on < self.signed_on:
            raise ValidationError(
                {"in_force_on": _("L'entrée en vigueur ne peut précéder la signature.")}
            )
        if self.signed_on and self.ratified_on and self.ratified_on < self.signed_on:
            raise ValidationError(
                {"ratified_on": _("La ratification ne peut précéder la signature.")}
            )
        if self.ended_on and self.signed_on and self.ended_on < self.signed_on:
            raise ValidationError({"ended_on": _("La fin ne peut précéder la signature.")})


class Document(ConfidentialModel):
    """A file attached to an agreement, a project or a session (text, minutes, annex)."""

    title = models.CharField(_("titre"), max_length=500)
    file = models.FileField(_("fichier"), upload_to="documents/%Y/")
    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("accord"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
    )
    project = models.ForeignKey(
        "projects.Project",
        verbose_name=_("projet"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
    )
    session = models.ForeignKey(
        "commissions.Session",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
    )
    uploaded_at = models.DateTimeField(_("déposé le"), auto_now_add=True)
    # The table keeps the name it had when documents lived in `sources` (no data moved).
    history = HistoricalRecords(table_name="sources_historicaldocument")
    commission_lookups = (
        "agreement__commissions",
        "project__agreements__commissions",
        "session__commission",
    )
    # A document is as hidden as the record it is attached to.
    scope_links = ("agreement", "project", "session")

    class Meta:
        db_table = "sources_document"
        ordering = ["-uploaded_at"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.title
