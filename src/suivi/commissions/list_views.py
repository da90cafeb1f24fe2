"""Lists of sessions, decisions and action items across commissions (home page's figures)."""

from __future__ import annotations

from suivi.commissions.filters import ActionFilter, DecisionFilter, SessionFilter
from suivi.commissions.models import ActionItem, Decision, Session
from suivi.core.views import RegisterListView
from suivi.exchange.views import ExportableListMixin


class SessionListView(RegisterListView):
    model = Session
    template_name = "commissions/session_list.html"
    search_fields = ("place", "commission__name")
    filter_class = SessionFilter
    orderings = {"start": ("start",), "commission": ("commission__name", "number")}

    def get_queryset(self):
        return super().get_queryset().select_related("commission")


class ActionListView(ExportableListMixin, RegisterListView):
    model = ActionItem
    export_table = "action-items"
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


class DecisionListView(ExportableListMixin, RegisterListView):
    """Every decision the user may read, across commissions, newest session first."""

    model = Decision
    template_name = "commissions/decision_list.html"
    export_table = "decisions"
    search_fields = ("text",)
    filter_class = DecisionFilter
    orderings = {"session": ("session__start", "order")}

    def get_queryset(self):
        queryset = super().get_queryset().select_related("session__commission")
        if self.request.GET.get("sort"):
            return queryset
        return queryset.order_by("-session__start", "session__commission_id", "order", "pk")
