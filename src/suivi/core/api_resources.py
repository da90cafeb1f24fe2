"""Generic REST operations for a register record, derived from its model and its page's form.

A `Resource` (api_types) names a model, the form its pages validate with and its actions; `mount()`
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
from enum import Enum
from typing import Any

from django import forms
from django.db import models, transaction
from django.db.models import ProtectedError, Q
from django.forms import BaseForm
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Status
from ninja.errors import HttpError

from suivi.access.permissions import requires
from suivi.access.scope import can_edit, editable, filter_through, visible_with
from suivi.core import bounds
from suivi.core.api_errors import ApiError, body
from suivi.core.api_types import (
    MAX_PAGE_SIZE,
    Resource,
    is_party,
    list_query,
    page_schema,
    schemas,
)
from suivi.core.edit import RegisterForm, may_create
from suivi.core.etags import CONFLICT_RESPONSES, IF_MATCH, edit, set_etag
from suivi.core.forms import patch_form


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
    return item.code if is_party(model_field) else item.pk


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
    out, create_in, patch_in = schemas(resource)
    page = page_schema(out)
    query_schema = list_query(resource)
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
                rows = filter_through(request.user, rows, lookup, value)
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
            lookup = {"code": key} if is_party(parent_field) else {"pk": key}
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


__all__ = ["dump", "invalid", "mount", "page_of"]
