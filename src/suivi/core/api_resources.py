"""Generic REST operations for a register record, derived from its model and its page's form.

A `Resource` names a model, the form its pages validate with, and the actions it takes; `mount()`
adds list (filtered, ordered, paged), retrieve, create, PATCH and (where sensible) delete to a
router. Validation is the form's (the pages' and the CLI's messages, word for word), reads go
through `visible()`, writes through `editable()` and are re-checked inside the transaction,
versioned records carry an ETag and honour `If-Match`. Vocabulary fields are enums in the
schema, parties are named by code, sectors by their code.

This module evaluates annotations at definition time on purpose (no `from __future__ import
annotations`): the operations are built in a loop and ninja reads their annotations.
"""

import inspect
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from django import forms
from django.db import models, transaction
from django.db.models import ProtectedError, Q
from django.forms import BaseForm
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field, create_model

from suivi.access.permissions import requires
from suivi.access.scope import can_edit, editable, visible_with
from suivi.core import bounds
from suivi.core.api_errors import ApiError, body
from suivi.core.edit import RegisterForm, may_create
from suivi.core.etags import CONFLICT_RESPONSES, IF_MATCH, edit, set_etag
from suivi.core.forms import patch_form
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


def _is_party(model_field) -> bool:
    return model_field.is_relation and model_field.related_model._meta.label == "parties.Party"


def _is_sector(model_field) -> bool:
    return model_field.is_relation and model_field.related_model._meta.label == "core.Sector"


def _api_type(model: type[models.Model], model_field) -> Any:
    """The schema type of one field, the same for input and output."""
    name = model_field.name
    if model_field.many_to_many:
        if _is_sector(model_field):
            return list[sector_enum()]
        if _is_party(model_field):
            return list[bounds.api_text(model_field.related_model, "code")]
        return list[bounds.api_id(model_field.related_model)]
    if model_field.is_relation:
        if _is_party(model_field):
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


def _schemas(resource: Resource) -> tuple[type[Schema], type[Schema], type[Schema]]:
    """Out, create and patch schemas of the resource."""
    out: dict[str, Any] = {"id": (int, ...)}
    create: dict[str, Any] = {}
    patch: dict[str, Any] = {}
    if resource.versioned:
        out["version"] = (int, ...)
        patch["version"] = (int | None, Field(None, description=_VERSION))
    if resource.parent:
        kind = _api_type(resource.model, resource.model_field(resource.parent))
        out[resource.parent] = (kind, ...)
        create[resource.parent] = (kind, ...)
    for name in resource.fields:
        model_field = resource.model_field(name)
        kind = _api_type(resource.model, model_field)
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


def _page_schema(out: type[Schema]) -> type[Schema]:
    return create_model(
        f"{out.__name__.removesuffix('Out')}Page",
        __base__=Schema,
        count=(int, ...),
        next=(str | None, ...),
        previous=(str | None, ...),
        results=(list[out], ...),
    )


def _list_query(resource: Resource) -> type[Schema]:
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


def dump(resource: Resource, record: models.Model) -> dict:
    """The record as the Out schema holds it: related records only where the caller may see them."""
    row: dict[str, Any] = {"id": record.pk, "label": str(record)}
    if resource.versioned:
        row["version"] = record.version
    names = ([resource.parent] if resource.parent else []) + resource.fields
    for name in names:
        model_field = resource.model_field(name)
        if model_field.many_to_many:
            items = getattr(record, f"visible_{name}")  # loaded through the scope
            row[name] = [_key(model_field, item) for item in items]
        elif model_field.is_relation:
            item = getattr(record, name)
            row[name] = _key(model_field, item) if item is not None else None
        else:
            row[name] = getattr(record, name)
    return row


def _key(model_field, item) -> Any:
    return item.code if _is_party(model_field) else item.pk


def _to_form(sent: dict, fields: dict) -> dict:
    """API values as the form's fields take them (parties by code or id, JSON as text)."""
    from suivi.parties.fields import PartiesField, PartyField

    data = {}
    for name, value in sent.items():
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, list):
            value = [item.value if isinstance(item, Enum) else item for item in value]
        field = fields.get(name)
        queryset = getattr(field, "queryset", None)
        party = queryset is not None and queryset.model._meta.label == "parties.Party"
        if party and not isinstance(field, PartiesField | PartyField):
            value = _party_ids(queryset.model, value)
        if isinstance(field, forms.JSONField) and value is not None:
            value = json.dumps(value)  # the form reads JSON text ([] alone would be "empty")
        data[name] = "" if value is None else value
    return data


def _party_ids(party_model, codes):
    """Codes to ids for a plain model choice field; an unknown code stays, and is refused."""
    if isinstance(codes, list):
        found = dict(party_model.objects.filter(code__in=codes).values_list("code", "pk"))
        return [found.get(code, code) for code in codes]
    if not codes:
        return codes
    found = party_model.objects.filter(code=codes).values_list("pk", flat=True).first()
    return found if found is not None else codes


def _form(resource: Resource, user, sent: dict, instance, partial: bool):
    """The pages' form bound to what the API was sent (over the record's values for PATCH)."""
    takes_user = issubclass(resource.form, RegisterForm) or "user" in str(
        inspect.signature(resource.form.__init__)
    )
    extra = {"user": user} if takes_user else {}
    fields = resource.form(instance=instance, **extra).fields  # as set up for this user
    data = _to_form(sent, fields)
    if partial:
        return patch_form(resource.form, instance, data, **extra)
    return resource.form(data, instance=instance, **extra)


def invalid(form: BaseForm) -> Status:
    """422 with the form's messages, in the API's one error shape."""
    errors = {name: [str(m) for m in messages] for name, messages in form.errors.items()}
    first_field, first = next(iter(errors.items()))
    detail = first[0] if first_field == "__all__" else f"{first_field}: {first[0]}"
    return Status(422, body(detail, errors))


def _out_of_reach() -> HttpError:
    return HttpError(
        403, _("Cet enregistrement sortirait de votre périmètre : rien n'a été enregistré.")
    )


def mount(router: Router, resource: Resource) -> None:
    """Add the resource's operations to `router` (list, retrieve, create, PATCH, maybe DELETE)."""
    out, create_in, patch_in = _schemas(resource)
    page = _page_schema(out)
    query_schema = _list_query(resource)
    model, path = resource.model, f"/{resource.path}/"
    item_path = f"/{resource.path}/{{record_id}}"
    tags = [resource.path]

    def readable(user):
        rows = visible_with(user, model._default_manager.all(), *resource.related())
        return rows.select_related(*_foreign_keys(resource))

    def one(user, pk: int):
        return get_object_or_404(readable(user), pk=pk)

    def list_records(request, query: Query[query_schema]):
        rows = readable(request.user)
        params = query.dict()
        text = params.pop("q", None)
        if text:
            condition = Q()
            for name in resource.search:
                condition |= Q(**{f"{name}__icontains": text})
            rows = rows.filter(condition)
        for name, (_kind, lookup) in resource.filters.items():
            value = params.get(name)
            if value is not None:
                value = value.value if isinstance(value, Enum) else value
                rows = rows.filter(
                    pk__in=model._default_manager.filter(**{lookup: value}).values("pk")
                )
        order = params["ordering"].value
        rows = rows.order_by(order, "pk" if not order.startswith("-") else "-pk")
        return page_of(
            request, rows, params["page"], params["page_size"], lambda row: dump(resource, row)
        )

    list_records.__doc__ = (
        f"{resource.name} records the caller may see, {MAX_PAGE_SIZE} a page at most."
    )
    router.add_api_operation(
        path,
        ["GET"],
        list_records,
        response=page,
        tags=tags,
        operation_id=f"list_{resource.path}",
        summary=f"List {resource.path}",
    )

    def get_record(request, response: HttpResponse, record_id: bounds.api_id(model)):
        record = one(request.user, record_id)
        if resource.versioned:
            set_etag(response, record)
        return dump(resource, record)

    get_record.__doc__ = f"One {resource.name} (its version as ETag)."
    router.add_api_operation(
        item_path,
        ["GET"],
        get_record,
        response=out,
        tags=tags,
        operation_id=f"get_{resource.path}",
        summary=f"Read one of {resource.path}",
    )

    if resource.change is None:
        return

    def create_record(request, response: HttpResponse, payload: create_in):
        user = request.user
        sent = payload.dict()
        instance = model()
        if resource.parent:
            parent_field = resource.model_field(resource.parent)
            parents = editable(user, parent_field.related_model._default_manager.all())
            key = sent.pop(resource.parent)
            lookup = {"code": key} if _is_party(parent_field) else {"pk": key}
            setattr(instance, resource.parent, get_object_or_404(parents, **lookup))
        elif not may_create(user):
            raise HttpError(403, _("Vous ne pouvez pas créer cet enregistrement."))
        if resource.prepare:
            resource.prepare(instance)
        form = _form(resource, user, sent, instance, partial=False)
        if not form.is_valid():
            return invalid(form)
        with transaction.atomic():
            record = form.save()
            if not can_edit(user, record):
                transaction.set_rollback(True)
                raise _out_of_reach()
        if resource.versioned:
            set_etag(response, record)
        return Status(201, dump(resource, one(user, record.pk)))

    create_record.__doc__ = f"Create a {resource.name}, validated as its page validates it."
    router.add_api_operation(
        path,
        ["POST"],
        requires(resource.add or resource.change)(create_record),
        response={201: out, 422: ApiError},
        tags=tags,
        operation_id=f"create_{resource.path}",
        summary=f"Create in {resource.path}",
    )

    def update_record(
        request,
        response: HttpResponse,
        record_id: bounds.api_id(model),
        payload: patch_in,
        if_match: str | None = IF_MATCH,
    ):
        user = request.user
        one(user, record_id)
        rows = editable(user, model._default_manager.all())
        if not rows.filter(pk=record_id).exists():
            raise HttpError(403, _("Vous pouvez lire cet enregistrement mais pas le modifier."))
        sent = payload.dict(exclude_unset=True)
        version = sent.pop("version", None)
        with _locked(resource, rows, if_match, version, record_id) as record:
            form = _form(resource, user, sent, record, partial=True)
            if not form.is_valid():
                transaction.set_rollback(True)
                return invalid(form)
            form.save()
            if not can_edit(user, record):
                transaction.set_rollback(True)
                raise _out_of_reach()
        record = one(user, record_id)
        if resource.versioned:
            set_etag(response, record)
        return dump(resource, record)

    update_record.__doc__ = f"Change the fields sent on a {resource.name}; the others stay."
    router.add_api_operation(
        item_path,
        ["PATCH"],
        requires(resource.change)(update_record),
        response={200: out, 422: ApiError, **(CONFLICT_RESPONSES if resource.versioned else {})},
        tags=tags,
        operation_id=f"update_{resource.path}",
        summary=f"Change one of {resource.path}",
    )

    if resource.delete is None:
        return

    def delete_record(request, record_id: bounds.api_id(model)):
        user = request.user
        one(user, record_id)
        record = editable(user, model._default_manager.all()).filter(pk=record_id).first()
        if record is None:
            raise HttpError(403, _("Vous pouvez lire cet enregistrement mais pas le modifier."))
        try:
            record.delete()
        except ProtectedError:
            raise HttpError(
                409, _("D'autres enregistrements en dépendent : rien n'a été supprimé.")
            ) from None
        return Status(204, None)

    delete_record.__doc__ = f"Delete a {resource.name} (its history keeps it)."
    router.add_api_operation(
        item_path,
        ["DELETE"],
        requires(resource.delete)(delete_record),
        response={204: None, 409: ApiError},
        tags=tags,
        operation_id=f"delete_{resource.path}",
        summary=f"Delete one of {resource.path}",
    )


def _foreign_keys(resource: Resource) -> list[str]:
    names = ([resource.parent] if resource.parent else []) + resource.fields
    return [
        n
        for n in names
        if resource.model_field(n).is_relation and not resource.model_field(n).many_to_many
    ]


@contextmanager
def _locked(resource: Resource, rows, if_match, version, pk) -> Iterator[models.Model]:
    """`etags.edit` for versioned records (If-Match, version); a locked row for the others."""
    if resource.versioned:
        with edit(rows, if_match, version, pk=pk) as record:
            yield record
        return
    with transaction.atomic():
        record = rows.select_for_update().filter(pk=pk).first()
        if record is None:
            raise Http404
        yield record


def page_of(request, rows, number: int, size: int, shape: Callable = lambda row: row) -> dict:
    """One page of `rows` (each through `shape`) with links to its neighbours."""
    count = rows.count()
    start = (number - 1) * size

    def link(target: int) -> str:
        query = request.GET.copy()
        query["page"] = str(target)
        query["page_size"] = str(size)
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return {
        "count": count,
        "next": link(number + 1) if start + size < count else None,
        "previous": link(number - 1) if number > 1 else None,
        "results": [shape(row) for row in rows[start : start + size]],
    }


__all__ = ["MAX_PAGE_SIZE", "Resource", "choice_enum", "dump", "invalid", "mount", "page_of"]
