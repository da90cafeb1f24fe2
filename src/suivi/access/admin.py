"""The admin goes through the access scope too: staff see and change only what they may.

History stays read-only: historical tables have no admin of their own, and reverting to a
past version (which writes a new entry, never rewrites one) is for superusers only.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from simple_history.admin import SimpleHistoryAdmin

from suivi.access.models import ApiToken, Membership, SignInEvent
from suivi.access.permissions import permits
from suivi.access.scope import access_of, can_edit, can_read, kind_of, visible
from suivi.core.versioning import EditConflict

ADMIN_CREATED = {"own", "admin", "reference"}


class ScopedAdminMixin:
    """Django's model permissions, narrowed to the records the access scope allows."""

    def get_queryset(self, request):
        return visible(request.user, super().get_queryset(request))

    def has_add_permission(self, request, *args):
        # Roles, tokens, logs and reference rows are the administrators' to create.
        if kind_of(self.model) in ADMIN_CREATED and not access_of(request.user).admin:
            return False
        return permits(request.user, "admin.change") and super().has_add_permission(request, *args)

    def changeform_view(self, request, *args, **kwargs):
        """A save that meets someone else's change is refused (rolled back) and said so."""
        try:
            return super().changeform_view(request, *args, **kwargs)
        except EditConflict as conflict:
            self.message_user(request, conflict.message(), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def save_related(self, request, form, formsets, change):
        """Re-check once everything is saved: a change may not move a record out of reach."""
        super().save_related(request, form, formsets, change)
        if change and not can_edit(request.user, form.instance):
            raise PermissionDenied  # the admin's view is atomic: the change is rolled back

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or obj.pk is None or can_read(request.user, obj))

    def has_change_permission(self, request, obj=None):
        allowed = permits(request.user, "admin.change") and super().has_change_permission(
            request, obj
        )
        return allowed and (obj is None or obj.pk is None or can_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = permits(request.user, "admin.change") and super().has_delete_permission(
            request, obj
        )
        return allowed and (obj is None or obj.pk is None or can_edit(request.user, obj))


class ScopedHistoryAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    """The admin every register model uses: scoped, with a read-only history."""

    def has_change_history_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_change_history_permission(request, obj)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST" and not self.has_change_history_permission(request):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        if change and "/history/" in request.path and hasattr(obj, "version"):
            # Reverting writes the old values as a new change, over the current version.
            obj.version = (
                type(obj)._default_manager.values_list("version", flat=True).get(pk=obj.pk)
            )
        super().save_model(request, obj, form, change)


class ScopedInline(admin.TabularInline):
    """An inline that lists only the child rows the user may see."""

    def get_queryset(self, request):
        return visible(request.user, super().get_queryset(request))


class ReadOnlyAdmin(ScopedHistoryAdmin):
    """For logs: shown, never added, changed or deleted through the app."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Membership)
class MembershipAdmin(ScopedHistoryAdmin):
    list_display = ["user", "role", "commission", "party"]
    list_filter = ["role", "commission", "party"]
    search_fields = ["user__username", "commission__name", "party__code"]
    autocomplete_fields = ["user", "commission", "party"]


@admin.register(ApiToken)
class ApiTokenAdmin(ScopedHistoryAdmin):
    list_display = ["prefix", "user", "created", "expires", "revoked", "last_used"]
    list_filter = ["revoked"]
    search_fields = ["prefix", "user__username"]
    fields = ["user", "prefix", "created", "expires", "revoked", "last_used"]
    readonly_fields = ["user", "prefix", "created", "last_used"]

    def has_add_permission(self, request, obj=None):
        return False  # tokens are shown once, so only `suivi token create` makes them


@admin.register(SignInEvent)
class SignInEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "kind", "username", "ip_address"]
    list_filter = ["kind"]
    search_fields = ["username", "ip_address"]
    date_hierarchy = "at"
