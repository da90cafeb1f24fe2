from django.contrib import admin

from suivi.access.admin import ScopedHistoryAdmin, ScopedInline
from suivi.sources.models import Claim, Source


class ClaimInline(ScopedInline):
    model = Claim
    fields = ["kind", "status", "score", "evidence"]
    readonly_fields = ["evidence"]
    extra = 0
    show_change_link = True


@admin.register(Source)
class SourceAdmin(ScopedHistoryAdmin):
    list_display = ["__str__", "publisher", "published", "language", "read_at"]
    list_filter = ["language", "publisher"]
    search_fields = ["title", "url", "text", "content_hash"]
    readonly_fields = ["content_hash", "read_at"]
    inlines = [ClaimInline]


@admin.register(Claim)
class ClaimAdmin(ScopedHistoryAdmin):
    list_display = ["__str__", "kind", "status", "score", "reviewer", "reviewed_at"]
    list_filter = ["kind", "status"]
    search_fields = ["evidence", "source__title", "reason"]
    readonly_fields = ["source"]
