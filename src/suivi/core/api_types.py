"""The schema side of API v1's generic operations: a record type (`Resource`) and the pydantic
types derived from its model and its form (enums for vocabularies, parties by code).

This module evaluates annotations at definition time on purpose (no `from __future__ import
annotations`): the types are built at run time and ninja reads them.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from django.db import models
from django.forms import BaseForm
from ninja import Schema
from pydantic import Field, create_model

from suivi.core import bounds
from suivi.core.versioning import VersionedModel

# The largest page a client may ask for: a stable bound, whatever the register's size.
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 50
_ENUMS: dict[tuple[str, ...], type[Enum]] = {}


def choice_enum(model: type[models.Model], name: str) -> type[Enum]:
    """An Enum of the field's stored values, one per set of values (named after the first user)."""
    values = tuple(str(value) for value, _label in bounds.field(model, name).choices)
    if values not in _ENUMS:
        title = "Confidentiality" if name == "confidentiality" else model.__name__ + name.title()
        _ENUMS[values] = Enum(title, {value: value for value in values}, type=str)
    return _ENUMS[values]


def sector_enum() -> type[Enum]:
    from suivi.core.vocabularies import SECTORS

    values = tuple(SECTORS)
    if values not in _ENUMS:
        _ENUMS[values] = Enum("Sector", {value: value for value in values}, type=str)
    return _ENUMS[values]


def is_party(model_field) -> bool:
    return model_field.is_relation and model_field.related_model._meta.label == "parties.Party"


def is_sector(model_field) -> bool:
    return model_field.is_relation and model_field.related_model._meta.label == "core.Sector"


def api_type(model: type[models.Model], model_field) -> Any:
    """The schema type of one field, the same for input and output."""
    name = model_field.name
    if model_field.many_to_many:
        if is_sector(model_field):
            return list[sector_enum()]
        if is_party(model_field):
            return list[bounds.api_text(model_field.related_model, "code")]
        return list[bounds.api_id(model_field.related_model)]
    if model_field.is_relation:
        if is_party(model_field):
            return bounds.api_text(model_field.related_model, "code")
        return bounds.api_id(model_field.related_model)
    if model_field.choices:
        return choice_enum(model, name)
    if isinstance(model_field, models.DateField):
        return date
    if isinstance(model_field, models.DecimalField):
        return Decimal
    if isinstance(model_field, models.BooleanField):
        return bool
    if isinstance(model_field, models.JSONField):
        return list[str]
    if isinstance(model_field, models.IntegerField):
        return bounds.api_int(model, name)
    return bounds.api_text(model, name)


@dataclass
class Resource:
    """One record type of the API: where it lives, how it is validated, who may write it."""

    model: type[models.Model]
    path: str
    form: type[BaseForm]
    change: str | None = None  # the action of create and PATCH; None: read-only here
    add: str | None = None  # the action of create when it differs from `change`
    delete: str | None = None  # the action of DELETE; None: records are not deleted here
    parent: str | None = None  # the foreign key a new record is created under (fixed after)
    search: tuple[str, ...] = ()
    filters: dict[str, tuple[Any, str]] = field(default_factory=dict)  # name: (type, lookup)
    orderings: tuple[str, ...] = ("id",)
    prepare: Callable[[models.Model], None] | None = None  # before a new record's form

    @property
    def fields(self) -> list[str]:
        return [name for name in self.form._meta.fields if name != "version"]

    @property
    def versioned(self) -> bool:
        return issubclass(self.model, VersionedModel)

    @property
    def name(self) -> str:
        return self.model.__name__

    def model_field(self, name: str):
        return self.model._meta.get_field(name)

    def related(self) -> list[str]:
        """Many-to-many fields: loaded through the scope (`visible_<name>`)."""
        return [name for name in self.fields if self.model_field(name).many_to_many]


def schemas(resource: Resource) -> tuple[type[Schema], type[Schema], type[Schema]]:
    """Out, create and patch schemas of the resource."""
    out: dict[str, Any] = {"id": (int, ...)}
    create: dict[str, Any] = {}
    patch: dict[str, Any] = {}
    if resource.versioned:
        out["version"] = (int, ...)
        patch["version"] = (int | None, Field(None, description=_VERSION))
    if resource.parent:
        kind = api_type(resource.model, resource.model_field(resource.parent))
        out[resource.parent] = (kind, ...)
        create[resource.parent] = (kind, ...)
    for name in resource.fields:
        model_field = resource.model_field(name)
        kind = api_type(resource.model, model_field)
        many = model_field.many_to_many
        optional = many or model_field.null or isinstance(model_field, models.JSONField)
        out[name] = (kind if not optional or many else kind | None, ...)
        required = not many and not model_field.blank and not model_field.has_default()
        if required or (many and not model_field.blank):
            create[name] = (kind, ...)
        elif model_field.has_default() and not many:
            default = model_field.get_default()  # what the pages offer first
            create[name] = (kind, kind(str(default)) if model_field.choices else default)
        else:
            listed = many or isinstance(model_field, models.JSONField)
            create[name] = (kind, []) if listed else (kind | None, None)
        patch[name] = (kind | None, None)
    out["label"] = (str, ...)
    return (
        create_model(f"{resource.name}Out", __base__=Schema, **out),
        create_model(f"{resource.name}In", __base__=Schema, **create),
        create_model(f"{resource.name}Patch", __base__=Schema, **patch),
    )


_VERSION = "The version read; 409 if the record changed since (or send If-Match)."


def page_schema(out: type[Schema]) -> type[Schema]:
    return create_model(
        f"{out.__name__.removesuffix('Out')}Page",
        __base__=Schema,
        count=(int, ...),
        next=(str | None, ...),
        previous=(str | None, ...),
        results=(list[out], ...),
    )


def list_query(resource: Resource) -> type[Schema]:
    orderings = [o for name in resource.orderings for o in (name, f"-{name}")]
    ordering = Enum(f"{resource.name}Ordering", {o: o for o in orderings}, type=str)
    query: dict[str, Any] = {
        "page": (int, Field(1, ge=1, le=1_000_000)),
        "page_size": (int, Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)),
        "ordering": (ordering, ordering(orderings[0])),
    }
    if resource.search:
        query["q"] = (bounds.api_text(resource.model, resource.search[0]) | None, None)
    for name, (kind, _lookup) in resource.filters.items():
        query[name] = (kind | None, None)
    return create_model(f"{resource.name}Query", __base__=Schema, **query)
