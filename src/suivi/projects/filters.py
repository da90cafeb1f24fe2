"""Filters of the project and milestone lists (kept in the URL)."""

from __future__ import annotations

from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from suivi.access.scope import filter_through
from suivi.core.filters import ListFilter
from suivi.core.sectors import visible_sector_choices
from suivi.parties.choices import grouped
from suivi.projects.models import Project, ProjectStatus

ANY = [("", _("tous"))]
ALL = [("", _("toutes"))]  # "Partie : toutes", "Commission : toutes": the word agrees


class ProjectFilter(ListFilter):
    party = forms.ChoiceField(label=_("Partie"))
    sector = forms.ChoiceField(label=_("Secteur"))
    status = forms.ChoiceField(label=_("Statut"), choices=ANY + list(ProjectStatus.choices))
    year = forms.IntegerField(label=_("Année"), min_value=1900, max_value=2100)
    lookups = {"year": "start__year"}

    def setup(self) -> None:
        self.offer("party", ALL + grouped(self.user))
        self.offer("sector", ANY + visible_sector_choices(self.user))

    # EXISTS on the link tables (see agreements/filters.py).
    def filter_party(self, queryset, code):
        """Projects whose agreements the user sees name the party."""
        return filter_through(self.user, queryset, "agreements__parties__code", code)

    def filter_sector(self, queryset, code):
        links = Project.sectors.through.objects.filter(project=OuterRef("pk"), sector_id=code)
        return queryset.filter(Exists(links))


LATE = "late"
DONE = "done"
TODO = "todo"


class MilestoneFilter(ListFilter):
    state = forms.ChoiceField(
        label=pgettext_lazy("status", "État"),
        choices=[*ANY, (LATE, _("En retard")), (TODO, _("À venir")), (DONE, _("Réalisés"))],
    )

    def filter_state(self, queryset, state):
        today = timezone.localdate()
        if state == LATE:
            return queryset.filter(done_on__isnull=True, due__lt=today)
        if state == TODO:
            return queryset.filter(done_on__isnull=True, due__gte=today)
        return queryset.filter(done_on__isnull=False)
