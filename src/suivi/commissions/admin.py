from django.contrib import admin

from suivi.access.admin import ScopedHistoryAdmin, ScopedInline
from suivi.commissions.models import Commission, Session


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


@admin.register(Session)
class SessionAdmin(ScopedHistoryAdmin):
    list_display = ["commission", "number", "start", "end", "place", "status"]
    list_filter = ["status", "commission", "confidentiality"]
    search_fields = ["commission__name", "place", "minutes"]
    autocomplete_fields = ["commission", "restricted_to"]
