"""The agreement list's filters: party, sector, kind, status, year and commission."""

from __future__ import annotations

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from suivi.access.scope import visible
from suivi.agreements.models import Agreement
from suivi.commissions.models import Commission
from suivi.core.filters import ListFilter
from suivi.core.memo import remembered
from suivi.core.sectors import visible_sector_choices
from suivi.core.vocabularies import AgreementKind, AgreementStatus
from suivi.parties.choices import register_choices

ANY = [("", _("tous"))]
ALL = [("", _("toutes"))]  # "Partie : toutes", "Commission : toutes": the word agrees


class AgreementFilter(ListFilter):
    party = forms.ChoiceField(label=_("Partie"))
    sector = forms.ChoiceField(label=_("Secteur"))
    kind = forms.ChoiceField(label=_("Nature"), choices=ALL + list(AgreementKind.choices))
    status = forms.ChoiceField(label=_("Statut"), choices=ANY + list(AgreementStatus.choices))
    year = forms.IntegerField(label=_("Année"), min_value=1900, max_value=2100)
    commission = forms.ChoiceField(label=_("Commission"))
    lookups = {"party": "parties__code", "sector": "sectors__code", "commission": "commissions"}

    def setup(self) -> None:
        parties, self.party_ids = register_choices(self.user)
        self.offer("party", ALL + parties)
        self.offer("sector", ANY + visible_sector_choices(self.user))
        self.offer("commission", ALL + commission_choices(self.user))

    def filter_year(self, queryset, year: int):
        return queryset.filter(signed_on__year=year)

    # Each filter is an EXISTS on its link table, probing the (agreement, party) unique
    # index row by row: the page then walks the list's order index and stops at 50 rows.
    # `id IN (SELECT agreement_id ...)` made SQLite gather the party's 3,000 agreements and
    # sort them for every page (and joining the agreements table again, both databases).
    # The party by its id, read with the choices: joined by its code, PostgreSQL could not
    # tell a party of 3,000 agreements from one of 80 and read every link of the party.
    def filter_party(self, queryset, code: str):
        links = Agreement.parties.through.objects.filter(
            agreement=OuterRef("pk"), party_id=self.party_ids[code]
        )
        return queryset.filter(Exists(links))

    # A sector or a commission holds a few hundred agreements at most: the count starts
    # from their links (ListFilter.counted); a party may hold a third of the register.
    def filter_sector(self, queryset, code: str):
        links = Agreement.sectors.through.objects.filter(sector_id=code)
        self.within(links.values("agreement_id"))
        return queryset.filter(Exists(links.filter(agreement=OuterRef("pk"))))

    def filter_commission(self, queryset, pk: str):
        links = Commission.agreements.through.objects.filter(commission_id=pk)
        self.within(links.values("agreement_id"))
        return queryset.filter(Exists(links.filter(agreement=OuterRef("pk"))))


def commission_choices(user) -> list[tuple[str, str]]:
    """(pk, name) of the commissions `user` sees, remembered per scope (core/memo.py)."""
    from suivi.access.scope import scope_key

    def compute() -> list[tuple[str, str]]:
        commissions = visible(user, Commission.objects.all())
        return [(str(c.pk), str(c)) for c in commissions]

    return remembered(("agreements.commissions", scope_key(user)), compute)
