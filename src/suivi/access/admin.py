"""The admin goes through the access scope too: staff see and change only what they may.

History stays read-only: historical tables have no admin of their own, and reverting to a
past version (which writes a new entry, never rewrites one) is for superusers only.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404, HttpResponseRedirect
from simple_history.admin import SimpleHistoryAdmin

from suivi.access.history import diff, readable_history
from suivi.access.models import ApiToken, Membership, SignInEvent
from suivi.access.permissions import permits
from suivi.access.scope import RESTRICTED, access_of, can_edit, can_read, kind_of, visible
from suivi.core.registry import SUIVI_APPS
from suivi.core.versioning import EditConflict, VersionedModel

ADMIN_CREATED = {"own", "admin", "reference"}
# The hidden field of a change form that carries the version the editor started from.
EDIT_VERSION = "edit_version"


def _scoped(model) -> bool:
    """Whether rows of `model` go through the scope (accounts and content types do not)."""
    return model._meta.app_label in SUIVI_APPS


def _crosses_hidden(model, search_field: str) -> bool:
    """Whether a search path goes through a relation to rows that may be hidden (other than
    a child's own parent, which is visible whenever the child is)."""
    parts = search_field.lstrip("^=@").split("__")
    for part in parts[:-1]:
        field = model._meta.get_field(part)
        target = field.related_model
        if target is None:
            return False
        parent = part == getattr(model, "scope_parent", None)
        if not parent and _scoped(target) and kind_of(target) in ("confidential", "child"):
            return True
        model = target
    return False


def _related(user, field):
    return visible(user, field.related_model._default_manager.all())


class ScopedChoicesMixin:
    """Forms offer only the related records the user may see."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if _scoped(db_field.related_model):
            kwargs["queryset"] = _related(request.user, db_field)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if _scoped(db_field.related_model):
            kwargs["queryset"] = _related(request.user, db_field)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class ScopedAdminMixin(ScopedChoicesMixin):
    """Django's model permissions, narrowed to the records the access scope allows."""

    def get_queryset(self, request):
        return visible(request.user, super().get_queryset(request))

    def get_object(self, request, object_id, from_field=None):
        """The record with its many-to-many relations loaded through the scope, so a
        read-only page lists only the related records the user may see."""
        obj = super().get_object(request, object_id, from_field)
        if obj is not None:
            names = [f.name for f in obj._meta.many_to_many if _scoped(f.related_model)]
            prefetches = [
                Prefetch(name, queryset=_related(request.user, obj._meta.get_field(name)))
                for name in names
            ]
            prefetch_related_objects([obj], *prefetches)
        return obj

    def get_search_fields(self, request):
        """Search only through relations the user sees whole: a public project found by
        the title of a hidden agreement would tell that agreement's title."""
        fields = super().get_search_fields(request)
        if access_of(request.user).admin:
            return fields
        return [name for name in fields if not _crosses_hidden(self.model, name)]

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
        """Re-check once everything is saved: a change may not move a record out of reach.

        Links to related records the user cannot see were not offered in the form; they
        are kept as they were rather than dropped.
        """
        kept = {}
        if change:
            for field in form.instance._meta.many_to_many:
                if field.name in form.fields and _scoped(field.related_model):
                    # from the database: the instance's own relation was loaded scoped
                    linked = field.related_model._default_manager.filter(
                        **{field.related_query_name(): form.instance}
                    )
                    seen = _related(request.user, field).values("pk")
                    kept[field.name] = list(linked.exclude(pk__in=seen))
        super().save_related(request, form, formsets, change)
        for name, rows in kept.items():
            getattr(form.instance, name).add(*rows)
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

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        """Only the entries the user could read when they were written (`readable_history`):
        a milestone's entries from the time its project was another party's are not listed."""
        queryset = super().get_history_queryset(request, history_manager, pk_name, object_id)
        if access_of(request.user).admin:
            return queryset
        rows = list(queryset)
        shown = readable_history(request.user, rows)
        if len(shown) == len(rows):
            return queryset
        return queryset.filter(history_id__in=[row.history_id for row in shown])

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        """Each entry's changes as the site's history renders them: hidden records unnamed,
        and no old value from an entry the user may not read (the oldest one listed is
        compared with the entry before it, whose values show as "restricted record")."""
        newer = None
        for record in historical_records:
            if newer is not None:
                newer.history_delta_changes = self._changes(request, newer, record)
            newer = record
        if newer is not None and newer.history_type != "+":
            before = newer.prev_record
            if before is not None:
                changes = self._changes(request, newer, before)
                if not readable_history(request.user, [before]):
                    for change in changes:
                        change["old"] = str(RESTRICTED)
                newer.history_delta_changes = changes

    @staticmethod
    def _changes(request, newer, older) -> list[dict]:
        return [
            {"field": change.label, "old": change.old, "new": change.new}
            for change in diff(request.user, newer, older)
        ]

    def has_change_history_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_change_history_permission(request, obj)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST" and not self.has_change_history_permission(request):
            raise PermissionDenied
        entry = self.model.history.filter(pk=version_id).first() if version_id.isdigit() else None
        if entry is None or not readable_history(request.user, [entry]):
            raise Http404  # a past version the user could not read then is not theirs now
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        """A change form of a versioned record carries, hidden, the version it showed: two
        staff saving the same record, the second is refused (`changeform_view`), not obeyed
        over the first's change."""
        if isinstance(obj, VersionedModel) and obj.pk is not None:
            field = forms.IntegerField(
                required=False, min_value=0, widget=forms.HiddenInput, initial=obj.version
            )
            base = kwargs.get("form", self.form)
            kwargs["form"] = type(base.__name__, (base,), {EDIT_VERSION: field})
        return super().get_form(request, obj, change, **kwargs)

    def save_model(self, request, obj, form, change):
        if change and "/history/" in request.path and hasattr(obj, "version"):
            # Reverting writes the old values as a new change, over the current version.
            obj.version = (
                type(obj)._default_manager.values_list("version", flat=True).get(pk=obj.pk)
            )
        elif change and form.cleaned_data.get(EDIT_VERSION) is not None:
            obj.version = form.cleaned_data[EDIT_VERSION]  # checked as it is saved
        super().save_model(request, obj, form, change)


class ScopedInline(ScopedChoicesMixin, admin.TabularInline):
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
