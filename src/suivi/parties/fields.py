"""Party pickers: a form field whose choices are grouped, the register's parties first."""

from __future__ import annotations

from django import forms

from suivi.parties.choices import grouped
from suivi.parties.models import Party


class PartiesField(forms.MultipleChoiceField):
    """Several parties picked by code; cleans to a queryset of Party, saved like an M2M field."""

    widget = forms.SelectMultiple(attrs={"size": 8})

    def setup(self, user, first=None) -> None:
        self.choices = grouped(user, first=first)

    def clean(self, value):
        codes = super().clean(value)
        return Party.objects.filter(code__in=codes)

    def prepare_value(self, value):
        if value is None:
            return []
        return [getattr(item, "code", item) for item in value]


class PartyField(forms.ChoiceField):
    """One party picked by code (blank allowed when not required); cleans to a Party or None."""

    def setup(self, user, first=None) -> None:
        self.choices = [("", "—"), *grouped(user, first=first)]

    def clean(self, value):
        code = super().clean(value)
        return Party.objects.filter(code=code).first() if code else None

    def prepare_value(self, value):
        if isinstance(value, int):
            party = Party.objects.filter(pk=value).first()
            return party.code if party else ""
        return getattr(value, "code", value)


__all__ = ["PartiesField", "PartyField"]
