"""Form building blocks shared by the apps' pages."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models, transaction

from suivi.core.history import coalesced
from suivi.core.versioning import EditConflict


def form_status(request, form) -> int:
    """200 for a fresh form, 409 when a save met someone else's change ("Modifié par X
    entre-temps"), else 400 (invalid input): the same answer from every edit form."""
    if request.method != "POST":
        return 200
    return 409 if getattr(form, "conflict", None) is not None else 400


class BoundedIdsField(forms.ModelMultipleChoiceField):
    """A multiple choice that refuses ids no database integer holds as unknown choices.

    Django checks such ids one by one but then looks them all up with `__in`, which SQLite
    answers with OverflowError and PostgreSQL with an out-of-range error: a 500 for a typed
    "99999999999999999999" instead of the form's "not one of the choices".
    """

    def _check_values(self, value):
        key = self.to_field_name or self.queryset.model._meta.pk.name
        if isinstance(self.queryset.model._meta.get_field(key), models.IntegerField):
            for item in value:
                try:
                    number = int(item)
                except (TypeError, ValueError):
                    continue  # Django's own check refuses it
                if not -(2**63) <= number < 2**63:
                    raise ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": item},
                    )
        return super()._check_values(value)


class VersionedFormMixin:
    """A ModelForm of a `VersionedModel` that never saves over someone else's change.

    The page carries, in a hidden `version` field, the version the user started from (the
    form adds and renders it itself). `save()` writes only the form's own fields, and only if
    the record is still at that version, in one transaction; otherwise `save_or_conflict()`
    keeps what the user typed, adds "Modifié par X entre-temps" (X from the history) and
    moves the hidden version on, so sending the form again is a deliberate overwrite.
    A post without the field is checked against the version read at the start of the request.

        class SessionForm(VersionedFormMixin, forms.ModelForm): ...

        if form.is_valid() and form.save_or_conflict():
            return redirect(...)
        return render(..., {"form": form}, status=400)   # errors or conflict shown
    """

    version_field = "version"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if type(field) is forms.ModelMultipleChoiceField:
                field.__class__ = BoundedIdsField
        self.read_version = self.instance.version if self.instance.pk else None
        self.fields[self.version_field] = forms.IntegerField(
            required=False, min_value=0, widget=forms.HiddenInput, initial=self.read_version
        )
        self.conflict: EditConflict | None = None
        # The values read, to write back only what this edit changes (model.clean() included).
        self._read = {
            field.attname: getattr(self.instance, field.attname)
            for field in self.instance._meta.concrete_fields
            if field.name != self.version_field
        }

    def expected_version(self) -> int | None:
        sent = self.cleaned_data.get(self.version_field)
        return sent if sent is not None else self.read_version

    def changed_fields(self) -> list[str]:
        """The record's fields this edit changes: the form's and those its clean() derived."""
        return [
            field.name
            for field in self.instance._meta.concrete_fields
            if field.attname in self._read
            and getattr(self.instance, field.attname) != self._read[field.attname]
        ]

    def save(self, commit: bool = True):
        """Create as usual; change only the fields edited, and only at the expected version.

        One save is one history entry (`coalesced`): the fields, then each many-to-many
        field, were each filed as a change of their own, so one edit of a status and a
        sector read in the record's history as two edits.
        """
        if self.instance._state.adding:
            if not commit:
                return super().save(commit)
            with transaction.atomic(), coalesced():
                return super().save(commit)
        if not commit:
            raise ValueError("a versioned edit saves at once (commit=True)")
        names = self.changed_fields()
        many = [f for f in self.instance._meta.many_to_many if f.name in self.cleaned_data]
        if not names and not many:
            return self.instance  # nothing to write: the record stays as it is
        with transaction.atomic(), coalesced():
            self.instance.version = self.expected_version()
            self.instance.save(update_fields=names)
            self._save_m2m()
        return self.instance

    def _save_m2m(self) -> None:
        """Save the many-to-many choices, keeping the ties the user's choices cannot show."""
        from suivi.access.scope import hidden_ties

        for field in self.instance._meta.many_to_many:
            chosen = self.cleaned_data.get(field.name)
            shown = getattr(self.fields.get(field.name), "queryset", None)
            if chosen is not None and shown is not None:
                kept = hidden_ties(self.instance, field.name, shown)
                if kept:
                    self.cleaned_data[field.name] = [*chosen, *kept]
        super()._save_m2m()

    def save_or_conflict(self) -> bool:
        """Save; on a conflict keep the input, explain who changed the record, and return False."""
        try:
            self.save()
        except EditConflict as conflict:
            self.conflict = conflict
            self.add_error(None, conflict.message())
            data = self.data.copy()
            data[self.add_prefix(self.version_field)] = (
                conflict.current if conflict.current is not None else ""
            )
            self.data = data
            return False
        return True


def _shown(form, name: str):
    value = form[name].value()
    field = form.fields[name]
    if not isinstance(field, forms.ModelMultipleChoiceField) or not value:
        return value
    key = field.to_field_name or "pk"
    try:
        shown = field.queryset.filter(**{f"{key}__in": list(value)})
        allowed = {str(v) for v in shown.values_list(key, flat=True)}
    except (TypeError, ValueError):
        return value
    return [v for v in value if str(v) in allowed]


def patch_form(form_class, record, sent: dict, **kwargs):
    """A bound `form_class` of `record`: its current values, with the `sent` ones over them.

    The API validates partial updates through the pages' forms this way; with a
    VersionedFormMixin form, `save()` then writes only the fields that change.
    """
    current = form_class(instance=record, **kwargs)
    # Each field's value as its widget would send it (parties by code, related rows by id);
    # of a many-to-many, the ties its choices offer (the others are kept by `save()`).
    data = {name: _shown(current, name) for name in current.fields}
    data.update(sent)
    return form_class(data, instance=record, **kwargs)
