"""What was read (sources), what it says (claims), and the records it backs (citations)."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from suivi.core.formats import day
from suivi.core.history import BatchedHistory
from suivi.core.vocabularies import AgreementStatus


def content_hash(text: str) -> str:
    """The identity of a source: SHA-256 of its text, so re-reading it is a no-op."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DatePrecision(models.TextChoices):
    DAY = "day", _("jour")
    MONTH = "month", _("mois")
    YEAR = "year", _("année")


class Source(models.Model):
    """An article or communiqué as it was read, kept whole so every fact can be traced to it."""

    url = models.URLField(_("adresse"), max_length=2000, blank=True)
    title = models.CharField(_("titre"), max_length=1000, blank=True)
    publisher = models.CharField(_("éditeur"), max_length=300, blank=True)
    author = models.CharField(_("auteur"), max_length=300, blank=True)
    published = models.DateField(_("publié le"), null=True, blank=True)
    published_precision = models.CharField(
        _("précision de la date"), max_length=8, choices=DatePrecision.choices, blank=True
    )
    language = models.CharField(_("langue"), max_length=8, blank=True)
    text = models.TextField(_("texte"))
    content_hash = models.CharField(_("empreinte"), max_length=64, unique=True, editable=False)
    read_at = models.DateTimeField(_("lu le"), auto_now_add=True)
    history = HistoricalRecords()
    scope_rule = "reference"

    class Meta:
        ordering = ["-published", "-read_at"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.title or self.url or self.content_hash[:12]

    def save(self, *args, **kwargs) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)
        super().save(*args, **kwargs)

    @property
    def published_display(self) -> str:
        """The date at the precision the source gave for itself."""
        if not self.published:
            return ""
        if self.published_precision == DatePrecision.YEAR:
            return f"{self.published:%Y}"
        if self.published_precision == DatePrecision.MONTH:
            return formats.date_format(self.published, "YEAR_MONTH_FORMAT")
        return formats.date_format(self.published, "DATE_FORMAT")


class ClaimKind(models.TextChoices):
    AGREEMENT = "agreement", _("accord")
    BODY = "body", _("organe conjoint")
    SESSION = "session", _("session")
    PERSON = "person", _("personne")
    PARTY = "party", _("partie")
    QUOTE = "quote", _("citation")


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("en attente")
    ACCEPTED = "accepted", _("acceptée")
    REJECTED = "rejected", _("rejetée")
    MERGED = "merged", _("fusionnée")


# What a page, file or command says of a claim's status. The interface calls a claim a
# «constat» (masculine), the choices above were worded for a feminine noun; they stay as
# they are (a changed label is a migration) and every display reads this table instead.
CLAIM_STATUS_LABELS = {
    ClaimStatus.PENDING: ClaimStatus.PENDING.label,  # «en attente» agrees with any noun
    ClaimStatus.ACCEPTED: pgettext_lazy("constat", "accepté"),
    ClaimStatus.REJECTED: pgettext_lazy("constat", "rejeté"),
    ClaimStatus.MERGED: pgettext_lazy("constat", "fusionné"),
}


def claim_status_choices() -> list[tuple[str, str]]:
    """The statuses as a form's choices, with the labels the interface shows."""
    return [(status.value, CLAIM_STATUS_LABELS[status]) for status in ClaimStatus]


class Claim(models.Model):
    """One fact a source reports; a reviewer turns it into a register record or rejects it."""

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="claims"
    )
    kind = models.CharField(_("nature"), max_length=16, choices=ClaimKind.choices)
    facts = models.JSONField(_("faits extraits"), default=dict)
    evidence = models.TextField(_("passage"), blank=True)
    status = models.CharField(
        _("statut"), max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.PENDING
    )
    score = models.FloatField(_("score de rapprochement"), null=True, blank=True)
    record_type = models.ForeignKey(
        ContentType,
        verbose_name=_("nature de l'enregistrement"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    record_id = models.PositiveBigIntegerField(_("n° de l'enregistrement"), null=True, blank=True)
    record = GenericForeignKey("record_type", "record_id")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("relecteur"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("relu le"), null=True, blank=True)
    reason = models.TextField(_("motif"), blank=True)
    history = BatchedHistory()
    scope_rule = "review"

    class Meta:
        ordering = ["source", "pk"]
        verbose_name = _("constat")
        verbose_name_plural = _("constats")
        indexes = [
            models.Index(fields=["status", "kind"]),
            models.Index(fields=["record_type", "record_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.source}"

    def get_status_display(self) -> str:
        """The status as the interface words it (`CLAIM_STATUS_LABELS`), not the choices'."""
        return str(CLAIM_STATUS_LABELS.get(self.status, self.status))


class Citation(models.Model):
    """A source backing a register record, through the claim a reviewer accepted."""

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="citations"
    )
    claim = models.ForeignKey(
        Claim, verbose_name=_("constat"), on_delete=models.PROTECT, related_name="citations"
    )
    record_type = models.ForeignKey(
        ContentType,
        verbose_name=_("nature de l'enregistrement"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    record_id = models.PositiveBigIntegerField(_("n° de l'enregistrement"))
    record = GenericForeignKey("record_type", "record_id")
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    history = BatchedHistory()
    # Listed directly only in the review tools; record pages reach citations through a
    # record the reader may already see (sources_tags.backing_sources).
    scope_rule = "review"

    class Meta:
        ordering = ["source", "pk"]
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "record_type", "record_id"], name="citation_once_per_claim"
            )
        ]
        indexes = [models.Index(fields=["record_type", "record_id"])]

    def __str__(self) -> str:
        # The record type by its name in the page's language ("accord"), not its code.
        return f"{self.source} → {self.record_type.name} #{self.record_id}"


class AgreementStep(models.Model):
    """One step of an agreement's status timeline as one source reported it."""

    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("accord"),
        on_delete=models.CASCADE,
        related_name="steps",
    )
    status = models.CharField(_("statut"), max_length=16, choices=AgreementStatus.choices)
    on = models.DateField(_("date"), null=True, blank=True)
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="agreement_steps"
    )
    claim = models.ForeignKey(
        Claim, verbose_name=_("constat"), on_delete=models.PROTECT, related_name="+"
    )
    history = BatchedHistory()
    scope_parent = "agreement"

    class Meta:
        ordering = ["agreement", "on", "pk"]
        verbose_name = _("étape d'un accord")
        verbose_name_plural = _("étapes des accords")

    def __str__(self) -> str:
        return f"{self.agreement} — {self.get_status_display()} ({day(self.on) or '?'})"
