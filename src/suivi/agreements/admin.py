from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from suivi.access.admin import ScopedHistoryAdmin, ScopedInline
from suivi.agreements.models import Agreement, Document


class DocumentInline(ScopedInline):
    model = Document
    fk_name = "agreement"
    fields = ["title", "file", "confidentiality", "restricted_to"]
    extra = 0


@admin.register(Agreement)
class AgreementAdmin(ScopedHistoryAdmin):
    list_display = ["__str__", "kind", "status", "signed_on", "confidentiality"]
    list_filter = ["kind", "status", "sectors", "confidentiality", "parties"]
    search_fields = ["title_fr", "title_en", "title_ru", "summary", "parties__code", "place"]
    autocomplete_fields = ["parties", "signatories", "restricted_to"]
    filter_horizontal = ["sectors"]
    date_hierarchy = "signed_on"
    inlines = [DocumentInline]


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
        url = reverse("agreements:document", args=[document.pk])
        return format_html('<a href="{}">{}</a>', url, document.file.name)
