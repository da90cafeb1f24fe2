"""One generic create/edit view for every register record, and the widgets they share.

Every register form derives from `RegisterForm` and every page from `RegisterEditView`:
a form-wide behaviour (such as an optimistic-concurrency check on a version field) is
added once to `RegisterForm`, a save-time check once to `RegisterEditView.save`.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from suivi.access.scope import access_of, can_edit, editable_or_refused
from suivi.core.forms import VersionedFormMixin, form_status

# Browsers' date pickers exchange ISO dates whatever the interface language.
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class RegisterForm(VersionedFormMixin, forms.ModelForm):
    """Base of every register record's form: date pickers for date fields, the user at hand,
    and the version check that keeps one user's edit from overwriting another's."""

    def __init__(self, *args, user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        for field in self.fields.values():
            if isinstance(field, forms.DateField):
                field.widget = DATE_INPUT
        self.setup()

    def setup(self) -> None:
        """User-dependent choices; nothing by default."""


def may_create(user) -> bool:
    """Administrators and secretariats add records; delegates edit their party's."""
    access = access_of(user)
    return access.admin or bool(access.secretariat)


class RegisterEditView(View):
    """Create (no pk) or edit (pk) one record through `form_class`; every write keeps history.

    The record is fetched through `editable_or_refused()`: a record the user may read but not
    change answers 403 and says so, one they may not read 404; after saving, the view checks inside the transaction that the record is still
    within the user's scope (a write may not move a record out of it) and rolls back if not.
    """

    model = None
    form_class: type[RegisterForm] | None = None
    template_name = "core/edit.html"
    suivi_action = "register.edit"  # access.permissions: who may open these pages at all

    def may_create(self, user) -> bool:
        return may_create(user)

    def record(self, request, pk: int | None, **kwargs):
        """The record to edit, or a new one; URL keywords other than pk come as `kwargs`."""
        if pk is None:
            if not self.may_create(request.user):
                raise PermissionDenied
            return self.model()
        return editable_or_refused(request.user, self.model.objects.all(), pk=pk)

    def get(self, request, pk: int | None = None, **kwargs):
        instance = self.record(request, pk, **kwargs)
        return self.show(request, self.form_class(instance=instance, user=request.user), instance)

    def post(self, request, pk: int | None = None, **kwargs):
        instance = self.record(request, pk, **kwargs)
        form = self.form_class(request.POST, request.FILES, instance=instance, user=request.user)
        if form.is_valid():
            saved = self.save(request, form)
            if saved is not None:
                messages.success(request, _("Enregistré : %(record)s") % {"record": saved})
                return HttpResponseRedirect(self.success_url(saved))
        return self.show(request, form, instance, status=form_status(request, form))

    @transaction.atomic
    def save(self, request, form):
        if not form.save_or_conflict():
            return None  # someone saved in between: the form says who, with the input kept
        record = form.instance
        if not can_edit(request.user, record):
            transaction.set_rollback(True)
            form.add_error(
                None,
                _("Cet enregistrement sortirait de votre périmètre : rien n'a été enregistré."),
            )
            return None
        return record

    def success_url(self, record) -> str:
        """The record's page: `<app>:detail` (names derived from the model)."""
        return reverse(f"{record._meta.app_label}:detail", args=[record.pk])

    def show(self, request, form, instance, status: int = 200):
        context = {
            "form": form,
            "object": instance if instance.pk else None,
            "opts": self.model._meta,
            "cancel": self.success_url(instance) if instance.pk else "",
        }
        return render(request, self.template_name, context, status=status)
