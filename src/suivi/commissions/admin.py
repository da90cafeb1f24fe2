from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from suivi.commissions.models import Commission, Session


class SessionInline(admin.TabularInline):
    model = Session
    fields = ["number", "start", "end", "place", "status", "confidentiality"]
    extra = 0


@admin.register(Commission)
class CommissionAdmin(SimpleHistoryAdmin):
    list_display = ["name", "cadence_months"]
    list_filter = ["parties"]
    search_fields = ["name", "mandate", "parties__code"]
    autocomplete_fields = ["parties", "agreements", "chairs"]
    inlines = [SessionInline]


@admin.register(Session)
class SessionAdmin(SimpleHistoryAdmin):
    list_display = ["commission", "number", "start", "end", "place", "status"]
    list_filter = ["status", "commission", "confidentiality"]
    search_fields = ["commission__name", "place", "minutes"]
    autocomplete_fields = ["commission", "restricted_to"]
