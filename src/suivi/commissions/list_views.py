"""Lists of sessions and action items across commissions, the targets of the home page's figures."""

from __future__ import annotations

from suivi.commissions.filters import ActionFilter, SessionFilter
from suivi.commissions.models import ActionItem, Session
from suivi.core.views import RegisterListView


class SessionListView(RegisterListView):
    model = Session
    template_name = "commissions/session_list.html"
    search_fields = ("place", "commission__name")
    filter_class = SessionFilter
    orderings = {"start": ("start",), "commission": ("commission__name", "number")}

    def get_queryset(self):
        return super().get_queryset().select_related("commission")


class ActionListView(RegisterListView):
    model = ActionItem
    template_name = "commissions/action_list.html"
    search_fields = ("title",)
    filter_class = ActionFilter
    orderings = {"due": ("due",), "title": ("title",)}

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("session__commission", "owner_party", "owner_agency", "owner_person")
        )
