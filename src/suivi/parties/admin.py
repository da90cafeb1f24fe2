from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from suivi.parties.models import Party, Person, Role


class RoleInline(admin.TabularInline):
    model = Role
    extra = 0
    autocomplete_fields = ["party"]


@admin.register(Party)
class PartyAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name_fr", "name_en", "name_ru", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["code", "name_fr", "name_en", "name_ru"]
    autocomplete_fields = ["parent", "members"]


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name"]
    search_fields = ["name", "aliases", "roles__title"]
    inlines = [RoleInline]


@admin.register(Role)
class RoleAdmin(SimpleHistoryAdmin):
    list_display = ["person", "title", "party", "start", "end"]
    list_filter = ["party"]
    search_fields = ["person__name", "title"]
    autocomplete_fields = ["person", "party"]
