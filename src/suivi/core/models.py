"""Building blocks shared by the register's apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from suivi.core.vocabularies import Confidentiality


class Sector(models.Model):
    """One sector of cooperation from SPEC.md's vocabulary, named in three languages."""

    code = models.SlugField(_("code"), primary_key=True, max_length=32)
    name_fr = models.CharField(_("nom (fr)"), max_length=100)
    name_en = models.CharField(_("nom (en)"), max_length=100)
    name_ru = models.CharField(_("nom (ru)"), max_length=100)
    scope_rule = "reference"

    class Meta:
        ordering = ["code"]
        verbose_name = _("secteur")
        verbose_name_plural = _("secteurs")

    def __str__(self) -> str:
        from suivi.core.i18n import localized

        return localized(self, "name") or self.code


class ScopedManager(models.Manager):
    """The manager of records a reader may not see: templates cannot walk their relations.

    Related managers (`decision.agreements`, `session.agenda`) subclass the related
    model's default manager, so `{% for a in decision.agreements.all %}` gets the method,
    not the rows, and fails; templates read what the view scoped instead
    (`decision.visible_agreements`, see access.scope.visible_with) or filter through
    `|visible_to:user`. Python code is unaffected.
    """

    def all(self):
        return super().all()

    all.do_not_call_in_templates = True


class ConfidentialModel(models.Model):
    """A record whose visibility is public, limited to a commission, or to one party.

    `commission_lookups` names the ORM paths from the record to the commissions whose
    members may see it when its confidentiality is "commission"; the access scope reads it.
    """

    commission_lookups: tuple[str, ...] = ()

    confidentiality = models.CharField(
        _("confidentialité"),
        max_length=16,
        choices=Confidentiality.choices,
        default=Confidentiality.PUBLIC,
    )
    restricted_to = models.ForeignKey(
        "parties.Party",
        verbose_name=_("réservé à la partie"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Pour une confidentialité « partie » : la partie dont la délégation voit."),
    )

    objects = ScopedManager()

    class Meta:
        abstract = True

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        super().clean()
        if self.confidentiality == Confidentiality.PARTY and not self.restricted_to_id:
            raise ValidationError(
                {"restricted_to": _("Une confidentialité « partie » doit nommer la partie.")}
            )


class Searchable(models.Model):
    """A record whose words are kept folded (lower case, no accents) in one column.

    A search then compares plain text in the database (`search_text__contains`) rather
    than folding every row's fields at every search: ~50 ms to a few at 10,000 rows.
    `search_text` is derived data, refreshed before every save (pre_save, so restores and
    the admin keep it too); it is not part of the record's history.
    """

    searched_fields: tuple[str, ...] = ()

    search_text = models.TextField(editable=False, blank=True, default="")

    class Meta:
        abstract = True

    def refresh_search_text(self) -> None:
        from suivi.core.search import fold

        self.search_text = "\n".join(
            fold(getattr(self, name) or "") for name in self.searched_fields
        )


def refresh_search_text(sender, instance, **kwargs) -> None:
    """pre_save receiver: keep a Searchable record's folded words in step with its fields."""
    if isinstance(instance, Searchable):
        instance.refresh_search_text()
