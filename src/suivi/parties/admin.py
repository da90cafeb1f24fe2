from django.contrib import admin

from suivi.access.admin import ScopedHistoryAdmin, ScopedInline
from suivi.parties.models import Party, Person, Role


class RoleInline(ScopedInline):
    model = Role
    extra = 0
    autocomplete_fields = ["party"]


@admin.register(Party)
class PartyAdmin(ScopedHistoryAdmin):
    list_display = ["code", "name_fr", "name_en", "name_ru", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["code", "name_fr", "name_en", "name_ru"]
    autocomplete_fields = ["parent", "members"]


@admin.register(Person)
class PersonAdmin(ScopedHistoryAdmin):
    list_display = ["name"]
    search_fields = ["name", "aliases", "roles__title"]
    inlines = [RoleInline]


@admin.register(Role)
class RoleAdmin(ScopedHistoryAdmin):
    list_display = ["person", "title", "party", "start", "end"]
    list_filter = ["party"]
    search_fields = ["person__name", "title"]
    autocomplete_fields = ["person", "party"]
