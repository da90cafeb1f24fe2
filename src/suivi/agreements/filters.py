"""The agreement list's filters: party, sector, kind, status, year and commission."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from suivi.access.scope import visible
from suivi.commissions.models import Commission
from suivi.core.filters import ListFilter
from suivi.core.models import Sector
from suivi.core.sectors import sector_choices
from suivi.core.vocabularies import AgreementKind, AgreementStatus
from suivi.parties.choices import grouped

ANY = [("", _("tous"))]
ALL = [("", _("toutes"))]  # "Partie : toutes", "Commission : toutes": the word agrees


class AgreementFilter(ListFilter):
    party = forms.ChoiceField(label=_("Partie"))
    sector = forms.ChoiceField(label=_("Secteur"))
    kind = forms.ChoiceField(label=_("Nature"), choices=ALL + list(AgreementKind.choices))
    status = forms.ChoiceField(
        label=pgettext_lazy("status", "État"), choices=ANY + list(AgreementStatus.choices)
    )
    year = forms.IntegerField(label=_("Année"), min_value=1900, max_value=2100)
    commission = forms.ChoiceField(label=_("Commission"))
    lookups = {"party": "parties__code", "sector": "sectors__code", "commission": "commissions"}

    def setup(self) -> None:
        self.fields["party"].choices = ALL + grouped(self.user)
        sectors = visible(self.user, Sector.objects.all())
        self.fields["sector"].choices = ANY + sector_choices(sectors)
        commissions = visible(self.user, Commission.objects.all())
        self.fields["commission"].choices = ALL + [(str(c.pk), str(c)) for c in commissions]

    def filter_year(self, queryset, year: int):
        return queryset.filter(signed_on__year=year)

    def filter_party(self, queryset, code: str):
        return queryset.filter(
            pk__in=queryset.model.objects.filter(parties__code=code).values("pk")
        )

    def filter_sector(self, queryset, code: str):
        return queryset.filter(
            pk__in=queryset.model.objects.filter(sectors__code=code).values("pk")
        )

    def filter_commission(self, queryset, pk: str):
        return queryset.filter(pk__in=queryset.model.objects.filter(commissions=pk).values("pk"))
