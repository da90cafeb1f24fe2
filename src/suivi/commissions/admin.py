from django.contrib import admin

from suivi.access.admin import ScopedHistoryAdmin, ScopedInline
from suivi.commissions.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Commission,
    Decision,
    FeedToken,
    Session,
)


class SessionInline(ScopedInline):
    model = Session
    fields = ["number", "start", "end", "place", "status", "confidentiality"]
    extra = 0


@admin.register(Commission)
class CommissionAdmin(ScopedHistoryAdmin):
    list_display = ["name", "cadence_months"]
    list_filter = ["parties"]
    search_fields = ["name", "mandate", "parties__code"]
    autocomplete_fields = ["parties", "agreements", "chairs"]
    inlines = [SessionInline]


class AgendaItemInline(ScopedInline):
    model = AgendaItem
    fields = ["order", "kind", "title", "body"]
    extra = 0


class AttendanceInline(ScopedInline):
    model = Attendance
    fields = ["party", "head", "members"]
    autocomplete_fields = ["party"]
    extra = 0


@admin.register(Session)
class SessionAdmin(ScopedHistoryAdmin):
    list_display = ["commission", "number", "start", "end", "place", "status"]
    list_filter = ["status", "commission", "confidentiality"]
    search_fields = ["commission__name", "place", "minutes"]
    autocomplete_fields = ["commission", "restricted_to"]
    inlines = [AgendaItemInline, AttendanceInline]


@admin.register(Decision)
class DecisionAdmin(ScopedHistoryAdmin):
    list_display = ["__str__", "session", "confidentiality"]
    list_filter = ["session__commission", "confidentiality"]
    search_fields = ["text"]
    autocomplete_fields = ["agreements", "projects", "restricted_to"]


@admin.register(ActionItem)
class ActionItemAdmin(ScopedHistoryAdmin):
    list_display = ["title", "session", "owner_party", "due", "status", "done_on"]
    list_filter = ["status", "session__commission"]
    search_fields = ["title"]
    autocomplete_fields = ["owner_party", "owner_agency", "owner_person"]


@admin.register(FeedToken)
class FeedTokenAdmin(ScopedHistoryAdmin):
    """Tokens are shown by owner and date only: the secret itself stays with its user."""

    list_display = ["user", "created_at", "revoked_at"]
    fields = ["user", "created_at", "revoked_at"]
    readonly_fields = ["user", "created_at"]

    def has_add_permission(self, request) -> bool:
        return False
