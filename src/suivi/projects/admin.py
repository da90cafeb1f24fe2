from django.contrib import admin

from suivi.access.admin import ScopedHistoryAdmin, ScopedInline
from suivi.projects.models import LeadAgency, Milestone, Project


class LeadAgencyInline(ScopedInline):
    model = LeadAgency
    extra = 0
    autocomplete_fields = ["party", "agency"]


class MilestoneInline(ScopedInline):
    model = Milestone
    extra = 0


@admin.register(Project)
class ProjectAdmin(ScopedHistoryAdmin):
    list_display = ["title", "status", "start", "end", "budget_amount", "budget_currency"]
    list_filter = ["status", "sectors", "confidentiality"]
    search_fields = ["title", "description", "agreements__title_fr"]
    autocomplete_fields = ["agreements", "restricted_to"]
    filter_horizontal = ["sectors"]
    inlines = [LeadAgencyInline, MilestoneInline]


@admin.register(Milestone)
class MilestoneAdmin(ScopedHistoryAdmin):
    list_display = ["title", "project", "due", "done_on"]
    list_filter = ["done_on"]
    search_fields = ["title", "project__title"]
    autocomplete_fields = ["project"]
