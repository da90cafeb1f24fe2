from django.contrib import admin

from suivi.access.admin import ScopedHistoryAdmin, ScopedInline
from suivi.agreements.models import Agreement
from suivi.sources.models import Document


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
