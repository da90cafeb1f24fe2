"""Restoring a backup: every row validated, all in one transaction, all or nothing.

The archive is checked first (`suivi.core.archive`: signature, checksums, sizes) and its
files are staged beside the media folder. Then, in one transaction, the register is emptied
and each row is read, checked (its shape, a known model, a primary key seen once, its
fields' types, choices and lengths, the model's own rules, unique keys and constraints) and
saved; the count per model must match the manifest, and references between rows are
checked once all are in. The first problem rolls everything back and is reported on one line;
only then are the staged files moved into the media folder.
"""

from __future__ import annotations

import copy
import secrets
import shutil
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError, DeserializedObject
from django.db import DatabaseError, connection, transaction
from django.db.models import Model
from django.dispatch import Signal
from django.test.utils import override_settings
from django.utils.translation import gettext as _

from suivi.core.archive import Archive, open_archive
from suivi.core.backup import BackupError
from suivi.core.registry import backed_up_models

# Records whose presence means the register is in use: a restore must not overwrite them.
IN_USE = (
    "agreements.agreement",
    "projects.project",
    "commissions.commission",
    "sources.source",
    "sources.claim",
    "parties.person",
)
# Models that changed app since older backups were written: old label -> today's.
MOVED = {
    "sources.document": "agreements.document",
    "sources.historicaldocument": "agreements.historicaldocument",
}
# A row that cannot even be read as a record (Django raises any of these from a bad value).
UNREADABLE = (
    DeserializationError,
    FieldDoesNotExist,
    ObjectDoesNotExist,
    ValidationError,
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
)


class RowError(Exception):
    """One row of the archive that cannot be restored, and why."""


# Sent inside the restore's transaction once every row is in; apps rebuild what they derive.
register_loaded = Signal()


def register_in_use() -> list[str]:
    from django.apps import apps

    return [label for label in IN_USE if apps.get_model(label).objects.exists()]


def restore_backup(path: Path, force: bool = False, trust_foreign: bool = False) -> dict[str, int]:
    """Replace the register with the backup's content; returns the rows restored per model."""
    with open_archive(path, trust_foreign) as archive:
        in_use = register_in_use()
        if in_use and not force:
            raise BackupError(
                _(
                    "le registre n'est pas vide (%(tables)s) ; restaurez dans un registre vide "
                    "ou passez --force pour le remplacer"
                )
                % {"tables": ", ".join(in_use)}
            )
        archive.check_data()
        staging = Path(settings.MEDIA_ROOT).parent / f".restore-{secrets.token_hex(8)}"
        try:
            try:
                staging.mkdir(parents=True)
                media = archive.extract_media(staging)
                counts = _load(archive)
            except OSError as error:
                raise BackupError(
                    _("%(path)s n'a pas été restauré : %(reason)s")
                    % {"path": path, "reason": error.strerror or error}
                ) from None
            try:
                _place(media)
            except OSError as error:
                raise BackupError(
                    _("%(path)s : les lignes sont restaurées, pas tous les fichiers : %(reason)s")
                    % {"path": path, "reason": error.strerror or error}
                ) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return counts


def _load(archive: Archive) -> dict[str, int]:
    models = backed_up_models()
    try:
        # The backup already holds the history; loading it must not write history of its own.
        with transaction.atomic(), override_settings(SIMPLE_HISTORY_ENABLED=False):
            for model in reversed(models):
                model._base_manager.all()._raw_delete(using=connection.alias)
            counts = _save_rows(archive, models)
            _check_counts(counts, {MOVED.get(k, k): n for k, n in archive.counts.items()})
            _check_references(models)
            _reset_sequences(models)
            # Rows went in without save(): derived data (the matching index) is rebuilt here.
            register_loaded.send(sender=restore_backup)
    except RowError as error:
        reason = str(error)
    except DatabaseError as error:  # a constraint only the database knows, checked at commit
        reason = _first_line(error)
    else:
        return counts
    raise archive.error(
        _("rien n'a été restauré ni modifié : %(reason)s") % {"reason": reason}
    ) from None


def _save_rows(archive: Archive, models: list[type[Model]]) -> dict[str, int]:
    known = {model._meta.label_lower: model for model in models}
    counts = dict.fromkeys(known, 0)
    seen: dict[str, set] = {label: set() for label in known}
    deferred: list[DeserializedObject] = []
    for number, item in _objects(archive.rows(), known):
        record = item.object
        label = record._meta.label_lower
        if record.pk in seen[label]:
            raise RowError(
                _("ligne %(row)s : la clé primaire %(pk)s de %(model)s figure deux fois")
                % {"row": number, "pk": record.pk, "model": label}
            )
        seen[label].add(record.pk)
        _validate(number, record)
        try:  # the table was emptied and the key is new: INSERT, with no UPDATE tried first
            item.save(force_insert=True)
        except DatabaseError as error:  # what only the database refuses (a NUL in PostgreSQL text)
            raise _row_error(number, label, record.pk, _first_line(error)) from None
        if item.deferred_fields:
            deferred.append(item)
        counts[label] += 1
    for item in deferred:
        item.save_deferred_fields()
    return counts


def _objects(
    rows: Iterator[tuple[int, object]], known: dict
) -> Iterator[tuple[int, DeserializedObject]]:
    """Each row checked for shape and model, then read by Django's deserializer."""
    for number, row in rows:
        if not (
            isinstance(row, dict)
            and isinstance(row.get("model"), str)
            and isinstance(row.get("fields"), dict)
            and row.get("pk") is not None
        ):
            raise RowError(
                _("ligne %(row)s : ce n'est pas un enregistrement (model, pk, fields)")
                % {"row": number}
            )
        row = {**row, "model": MOVED.get(row["model"].lower(), row["model"])}
        if row["model"].lower() not in known:
            raise RowError(
                _("ligne %(row)s : %(model)s ne fait pas partie d'une sauvegarde suivi")
                % {"row": number, "model": row["model"][:100]}
            )
        try:
            item = next(serializers.deserialize("python", [row], handle_forward_references=True))
        except UNREADABLE as error:
            raise _row_error(number, row["model"], row["pk"], _first_line(error)) from None
        yield number, item


def _validate(number: int, record: Model) -> None:
    """Types, choices, lengths, the model's rules, unique keys and constraints of one row.

    References to other rows are checked once every row is in (`_check_references`): rows
    may point forward. `clean()` runs on a copy, so a rule that normalises a value never
    alters what the backup holds; "blank" is a form's rule, not the register's.
    """
    related = [
        f.name
        for f in record._meta.concrete_fields
        if f.is_relation and getattr(record, f.attname) is not None
    ]
    try:
        try:
            probe = copy.copy(record)
            probe.clean_fields(exclude=related)
            probe.clean()
            record.validate_unique(exclude=[record._meta.pk.name])  # keys: `seen` above
            record.validate_constraints()
        except ObjectDoesNotExist as error:
            raise ValidationError(_first_line(error)) from None
    except ValidationError as error:
        problems = [
            (name, message)
            for name, errors in _by_field(error)
            for problem in errors
            if problem.code != "blank"
            for message in problem.messages
        ]
        if problems:
            name, message = problems[0]
            with suppress(FieldDoesNotExist):
                name = name and str(record._meta.get_field(name).verbose_name)
            reason = f"{name} : {message}" if name else message
            raise _row_error(number, record._meta.label_lower, record.pk, reason) from None


def _by_field(error: ValidationError) -> list[tuple[str | None, list[ValidationError]]]:
    if hasattr(error, "error_dict"):
        return [
            (None if name == "__all__" else name, errors)
            for name, errors in error.error_dict.items()
        ]
    return [(None, error.error_list)]


def _check_references(models: list[type[Model]]) -> None:
    """Every reference the database would enforce points to a row the backup holds."""
    tables = list(models)
    for model in models:
        tables += [
            m2m.remote_field.through
            for m2m in model._meta.local_many_to_many
            if m2m.remote_field.through._meta.auto_created
        ]
    for model in tables:
        for field in model._meta.concrete_fields:
            if not field.is_relation or not getattr(field, "db_constraint", False):
                continue  # history keeps ids of records since deleted, by design
            target = field.related_model
            present = target._base_manager.values(field.target_field.attname)
            dangling = (
                model._base_manager.filter(**{f"{field.attname}__isnull": False})
                .exclude(**{f"{field.attname}__in": present})
                .values_list("pk", field.attname)
                .first()
            )
            if dangling:
                raise RowError(
                    _(
                        "%(model)s %(pk)s : %(field)s désigne %(target)s %(value)s, absent de la sauvegarde"
                    )
                    % {
                        "model": model._meta.label_lower,
                        "pk": dangling[0],
                        "field": field.name,
                        "target": target._meta.label_lower,
                        "value": _short(dangling[1]),
                    }
                )


def _check_counts(counts: dict[str, int], expected: dict[str, int]) -> None:
    for label in sorted(set(counts) | set(expected)):
        if counts.get(label, 0) != expected.get(label, 0):
            raise RowError(
                _("%(model)s : %(found)s lignes lues, le manifeste en annonce %(expected)s")
                % {
                    "model": label,
                    "found": counts.get(label, 0),
                    "expected": expected.get(label, 0),
                }
            )


def _reset_sequences(models: list[type[Model]]) -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def _place(media: list[tuple[str, Path]]) -> None:
    """Move the staged files into the media folder (a rename when on the same file system)."""
    root = Path(settings.MEDIA_ROOT).resolve()
    for name, staged in media:
        target = (root / name).resolve()
        if not target.is_relative_to(root):  # names were checked; this is the last guard
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(staged, target)


def _row_error(number: int, model: str, pk: object, reason: str) -> RowError:
    return RowError(
        _("ligne %(row)s (%(model)s %(pk)s) : %(reason)s")
        % {"row": number, "model": model, "pk": _short(pk), "reason": reason}
    )


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:300] if text else type(error).__name__


def _short(value: object) -> str:
    return str(value)[:40]
