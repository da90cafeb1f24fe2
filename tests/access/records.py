"""Make a row of any model from its fields alone, so the generic tests cover models added later.

Text fields carry a marker, so a test can tell whether a page, an API answer or an export
let the record through.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models

from suivi.commissions.models import Commission
from suivi.parties.models import Party

_counter = itertools.count(1)


def _value(field: models.Field, marker: str):
    n = next(_counter)
    if field.choices:
        return field.choices[0][0]
    if isinstance(field, models.URLField):
        return f"https://example.org/{marker}-{n}"
    if isinstance(field, models.EmailField):
        return f"{marker.lower()}-{n}@example.org"
    if isinstance(field, models.GenericIPAddressField):
        return "127.0.0.1"
    if isinstance(field, models.FileField):
        return f"documents/{marker}-{n}.txt"
    if isinstance(field, models.CharField | models.TextField):
        text = f"{marker} {n}"
        return text[: field.max_length] if field.max_length else text
    if isinstance(field, models.DecimalField):
        return Decimal("1")
    if isinstance(field, models.FloatField):
        return 0.5
    if isinstance(field, models.IntegerField):
        return n
    if isinstance(field, models.DateTimeField):
        return datetime(2025, 1, 1, tzinfo=UTC)
    if isinstance(field, models.DateField):
        return date(2025, 1, 1)
    if isinstance(field, models.JSONField):
        return {}
    if isinstance(field, models.BooleanField):
        return False
    raise NotImplementedError(f"no sample value for {field!r}")


def related_row(model: type[models.Model], marker: str):
    """A row to point a foreign key at: reference rows are reused, others made."""
    if model is Party:
        return Party.objects.get(code="MLI")
    if model is ContentType:
        return ContentType.objects.get_for_model(Party)
    if model is get_user_model():
        return get_user_model().objects.create_user(f"owner-{next(_counter)}")
    existing = model._default_manager.first() if getattr(model, "scope_rule", "") else None
    return existing or make(model, marker)


def make(model: type[models.Model], marker: str, **values):
    """Save a row of `model`: given values, else a sample for each required field."""
    for field in model._meta.concrete_fields:
        if field.name in values or field.attname in values or field.primary_key:
            continue
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            continue
        text = isinstance(field, models.CharField | models.TextField) and not field.choices
        if field.is_relation:
            if not field.null:
                values[field.name] = related_row(field.related_model, "LINKROW")
        elif (text and field.editable) or not (field.null or field.blank or field.has_default()):
            values[field.name] = _value(field, marker)
    return model._default_manager.create(**values)


def link(record: models.Model, path: str, commission: Commission, marker: str) -> None:
    """Make `record` reach `commission` along the ORM `path` (e.g. agreements__commissions)."""
    name, _, rest = path.partition("__")
    field = record._meta.get_field(name)
    target = commission if not rest else make(field.related_model, marker)
    if rest:
        link(target, rest, commission, marker)
    if field.many_to_many or field.one_to_many:
        getattr(record, field.get_accessor_name() if field.auto_created else name).add(target)
    else:
        setattr(record, name, target)
        record.save()
