"""Optimistic concurrency for every edit: a version number checked in the transaction that writes.

A `VersionedModel` keeps `version`, moved on by one at every save of an existing row, with
`UPDATE … SET version = version + 1 WHERE pk = … AND version = <the version this copy was
read at>`. The UPDATE takes the row (PostgreSQL) or the database's write lock (SQLite) until
the transaction ends, so nothing slips between the check and the write; when it matches no
row, someone saved since this copy was read and `EditConflict` is raised instead of
overwriting their change. Pages use `suivi.core.forms.VersionedFormMixin`, the API
`suivi.core.etags`; any other writer (admin, review, commands) gets the same check for free.
"""

from __future__ import annotations

from django.db import models, transaction
from django.db.models import F
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class EditConflict(Exception):
    """The record changed (or went) since the editor read it at version `expected`."""

    def __init__(self, model: type[models.Model], pk, expected: int | None):
        self.model = model
        self.pk = pk
        self.expected = expected
        super().__init__(f"{model._meta.label} {pk}: version {expected} is stale")

    @cached_property
    def record(self) -> models.Model | None:
        """The record as stored, read on first use (after the refused transaction ended)."""
        return self.model._default_manager.filter(pk=self.pk).first()

    @property
    def current(self) -> int | None:
        """The stored version now (None when the record was deleted)."""
        return self.record.version if self.record is not None else None

    @property
    def changed_by(self) -> str:
        """Who made the last change, from the record's history."""
        history = getattr(self.record, "history", None)
        last = history.select_related("history_user").first() if history is not None else None
        user = getattr(last, "history_user", None)
        if user is None:
            return _("quelqu'un")
        return user.get_full_name() or user.get_username()

    def message(self) -> str:
        if self.record is None:
            return _("Supprimé entre-temps : rien n'a été enregistré.")
        return _(
            "Modifié par %(user)s entre-temps. Vos saisies sont conservées : vérifiez-les, "
            "puis enregistrez à nouveau pour les appliquer."
        ) % {"user": self.changed_by}


def claim_version(instance: models.Model, expected: int | None) -> None:
    """Move the stored version on from `expected`, or raise EditConflict; call inside the
    transaction that then writes the row. `expected=None` takes the row whatever its version
    (for writes that only set the fields they were sent, on a copy read under this lock)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("claim_version must run inside transaction.atomic()")
    model = type(instance)
    rows = model._default_manager.filter(pk=instance.pk)
    if expected is not None:
        rows = rows.filter(version=expected)
    if not rows.update(version=F("version") + 1):
        raise EditConflict(model, instance.pk, expected)
    if expected is not None:
        instance.version = expected + 1
    else:
        instance.version = rows.values_list("version", flat=True)[0]


def lock_for_edit(queryset: models.QuerySet, **lookup) -> tuple[models.Model, int]:
    """Take the row `lookup` finds in `queryset` for this transaction and read it fresh.

    Returns the record (already at its next version) and the version it had before this
    edit, to compare with what the client read (If-Match, a form's hidden field). Raises the
    model's DoesNotExist when the row is not in `queryset` (out of scope: 404).
    """
    record = queryset.get(**lookup)
    claim_version(record, None)
    fresh = type(record)._default_manager.get(pk=record.pk)
    fresh._version_claimed = True
    return fresh, fresh.version - 1


class VersionedModel(models.Model):
    """A record edited under optimistic concurrency (see the module's docstring).

    `save()` of an existing row checks and moves `version` in the same transaction; a copy
    read before someone else's save raises EditConflict rather than undo their change.
    """

    version = models.PositiveIntegerField(gettext_lazy("version"), default=1, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self._state.adding or kwargs.get("force_insert"):
            return super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "version"}
        with transaction.atomic(using=kwargs.get("using")):
            if not self.__dict__.pop("_version_claimed", False):
                claim_version(self, self.version)
            return super().save(*args, **kwargs)
