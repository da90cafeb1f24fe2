"""States, organisations, ministries and companies that cooperate, and the people who act for them."""

from __future__ import annotations

import pycountry
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from suivi.core.history import BatchedHistory, LinkedHistory
from suivi.core.i18n import localized
from suivi.core.versioning import VersionedModel


class PartyKind(models.TextChoices):
    STATE = "state", _("État")
    ORGANISATION = "organisation", _("Organisation")
    MINISTRY = "ministry", _("Ministère ou agence")
    COMPANY = "company", _("Entreprise")


class Party(VersionedModel):
    """A side of cooperation; a state's code is its ISO 3166-1 alpha-3 code."""

    kind = models.CharField(_("nature"), max_length=16, choices=PartyKind.choices)
    code = models.CharField(
        _("code"),
        max_length=64,
        unique=True,
        help_text=_("ISO 3166-1 alpha-3 pour un État (MLI), sigle pour une organisation (AES)."),
    )
    name_fr = models.CharField(_("nom (fr)"), max_length=200)
    name_en = models.CharField(_("nom (en)"), max_length=200, blank=True)
    name_ru = models.CharField(_("nom (ru)"), max_length=200, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("rattachée à"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("Un ministère relève d'un État."),
    )
    members = models.ManyToManyField(
        "self",
        verbose_name=_("membres"),
        symmetrical=False,
        blank=True,
        related_name="memberships",
        help_text=_("Les États membres d'une alliance ou d'une organisation."),
    )
    history = LinkedHistory(m2m_fields=[members], excluded_fields=["version"])
    scope_rule = "reference"

    class Meta:
        ordering = ["code"]
        verbose_name = _("partie")
        verbose_name_plural = _("parties")

    def __str__(self) -> str:
        return localized(self, "name") or self.code

    def save(self, *args, **kwargs) -> None:
        self.full_clean()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.kind == PartyKind.STATE:
            self.code = (self.code or "").upper()
            if pycountry.countries.get(alpha_3=self.code) is None:
                raise ValidationError(
                    {
                        "code": _("« %(code)s » n'est pas un code ISO 3166-1 alpha-3.")
                        % {"code": self.code}
                    }
                )
        if self.kind == PartyKind.MINISTRY and self.parent_id is None:
            raise ValidationError({"parent": _("Un ministère ou une agence relève d'une partie.")})
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("Une partie ne peut relever d'elle-même.")})


class Person(VersionedModel):
    """Someone who signs, chairs or speaks; roles change over time, so they are kept apart."""

    name = models.CharField(_("nom"), max_length=200)
    aliases = models.JSONField(
        _("autres graphies"),
        default=list,
        blank=True,
        help_text=_("Autres écritures du nom (translittérations, formes courtes)."),
    )
    history = BatchedHistory(excluded_fields=["version"])
    scope_rule = "reference"

    class Meta:
        ordering = ["name"]
        verbose_name = _("personne")
        verbose_name_plural = _("personnes")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        names = self.aliases if isinstance(self.aliases, list) else None
        # A NUL is no letter of a name (and PostgreSQL's JSON refuses it).
        if names is None or not all(isinstance(a, str) and "\x00" not in a for a in names):
            raise ValidationError({"aliases": _("Les autres graphies sont une liste de noms.")})


class Role(VersionedModel):
    """A position a person holds for a party over a period (minister, ambassador, president)."""

    person = models.ForeignKey(
        Person, verbose_name=_("personne"), on_delete=models.CASCADE, related_name="roles"
    )
    title = models.CharField(_("fonction"), max_length=300)
    party = models.ForeignKey(
        Party, verbose_name=_("partie"), on_delete=models.PROTECT, related_name="roles"
    )
    start = models.DateField(_("depuis"), null=True, blank=True)
    end = models.DateField(_("jusqu'au"), null=True, blank=True)
    history = BatchedHistory(excluded_fields=["version"])
    scope_rule = "reference"

    class Meta:
        ordering = ["person", "-start"]
        verbose_name = _("fonction")
        verbose_name_plural = _("fonctions")

    def __str__(self) -> str:
        return f"{self.person} — {self.title} ({self.party.code})"

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("La fin d'une fonction ne précède pas son début.")})
