"""Filters of the commission, session and action lists (kept in the URL)."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from suivi.access.scope import visible
from suivi.commissions.cadence import CadenceState
from suivi.commissions.models import ActionStatus, Commission, SessionStatus
from suivi.core.filters import ListFilter
from suivi.parties.choices import grouped

ANY = [("", _("tous"))]
ALL = [("", _("toutes"))]  # "Partie : toutes", "Commission : toutes": the word agrees


def commission_choices(user) -> list:
    return ALL + [(str(c.pk), str(c)) for c in visible(user, Commission.objects.all())]


class CommissionFilter(ListFilter):
    """`state` is applied by the view: lateness is computed from sessions, not stored."""

    state = forms.ChoiceField(
        label=pgettext_lazy("status", "État"), choices=ANY + list(CadenceState.LABELS.items())
    )
    party = forms.ChoiceField(label=_("Partie"))

    def setup(self) -> None:
        self.offer("party", ALL + grouped(self.user))

    def filter_state(self, queryset, state):
        return queryset

    def filter_party(self, queryset, code):
        return queryset.filter(pk__in=Commission.objects.filter(parties__code=code).values("pk"))


class SessionFilter(ListFilter):
    upcoming = forms.IntegerField(label=_("Dans les jours à venir"), min_value=1, max_value=3660)
    commission = forms.ChoiceField(label=_("Commission"))
    status = forms.ChoiceField(
        label=pgettext_lazy("status", "État"), choices=ANY + list(SessionStatus.choices)
    )
    year = forms.IntegerField(label=_("Année"), min_value=1900, max_value=2100)
    lookups = {"year": "start__year"}

    def setup(self) -> None:
        self.offer("commission", commission_choices(self.user))

    def filter_upcoming(self, queryset, days):
        today = timezone.localdate()
        return queryset.filter(start__gte=today, start__lte=today + timedelta(days=days)).exclude(
            status=SessionStatus.CANCELLED
        )


OPEN = "open_all"
OVERDUE = "overdue"


class ActionFilter(ListFilter):
    status = forms.ChoiceField(
        label=pgettext_lazy("status", "État"),
        choices=[
            *ANY,
            (OPEN, _("Ouvertes ou en cours")),
            (OVERDUE, _("En retard")),
            *list(ActionStatus.choices),
        ],
    )
    owner = forms.ChoiceField(label=_("Partie responsable"))
    commission = forms.ChoiceField(label=_("Commission"))
    lookups = {"commission": "session__commission"}

    def setup(self) -> None:
        self.offer("owner", [*ALL, ("none", _("sans responsable")), *grouped(self.user)])
        self.offer("commission", commission_choices(self.user))

    def filter_status(self, queryset, status):
        from suivi.commissions.models import OPEN_ACTION_STATUSES

        if status == OPEN:
            return queryset.filter(status__in=OPEN_ACTION_STATUSES)
        if status == OVERDUE:
            return queryset.filter(status__in=OPEN_ACTION_STATUSES, due__lt=timezone.localdate())
        return queryset.filter(status=status)

    def filter_owner(self, queryset, code):
        if code == "none":
            return queryset.filter(owner_party__isnull=True)
        return queryset.filter(Q(owner_party__code=code))


class DecisionFilter(ListFilter):
    commission = forms.ChoiceField(label=_("Commission"))
    lookups = {"commission": "session__commission"}

    def setup(self) -> None:
        self.offer("commission", commission_choices(self.user))
