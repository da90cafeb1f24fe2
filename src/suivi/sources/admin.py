from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from suivi.access.admin import ScopedHistoryAdmin, ScopedInline
from suivi.sources.models import Claim, Document, Source


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


@admin.register(Document)
class DocumentAdmin(ScopedHistoryAdmin):
    list_display = ["title", "agreement", "project", "session", "confidentiality", "uploaded_at"]
    list_filter = ["confidentiality"]
    search_fields = ["title"]
    autocomplete_fields = ["agreement", "project", "session", "restricted_to"]
    readonly_fields = ["download"]

    @admin.display(description=_("téléchargement"))
    def download(self, document: Document) -> str:
        """The scoped download: uploaded files are not served from /media/."""
        if not document.pk or not document.file:
            return "—"
        url = reverse("sources:document", args=[document.pk])
        return format_html('<a href="{}">{}</a>', url, document.file.name)
