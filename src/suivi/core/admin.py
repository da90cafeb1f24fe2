from django.contrib import admin

from suivi.core.models import Sector


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["code", "name_fr", "name_en", "name_ru"]
    search_fields = ["code", "name_fr", "name_en", "name_ru"]
