"""The API side of optimistic concurrency: an ETag on what it returns, `If-Match` on edits.

Every edit operation reads the record under lock (`edit()`), then compares the version the
client read: an `If-Match` that does not match answers 412, a stale `version` in the body
409 (both with the current version and who changed it). Without either, an edit applies the
fields sent to the record as it is now — PATCH never writes fields it was not sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import models, transaction
from django.http import Http404
from ninja import Header, Schema

from suivi.core.versioning import EditConflict, lock_for_edit

IF_MATCH = Header(
    None,
    alias="If-Match",
    description='The ETag the client read (e.g. "3"); 412 if the record changed since.',
)


class Conflict(Schema):
    """A refused edit: the record changed since the client read it (or was deleted)."""

    detail: str
    current_version: int | None
    changed_by: str | None


class PreconditionFailed(EditConflict):
    """`If-Match` named another version than the stored one."""

    status = 412


class StaleVersion(EditConflict):
    """The body's `version` is not the stored one."""

    status = 409


def etag(record: models.Model) -> str:
    return f'"{record.version}"'


def set_etag(response, record: models.Model):
    response["ETag"] = etag(record)
    return response


def matches(if_match: str, version: int) -> bool:
    """Whether an If-Match header names `version` (weak tags and `*` accepted)."""
    for part in if_match.split(","):
        tag = part.strip()
        if tag == "*":
            return True
        if tag.startswith("W/"):
            tag = tag[2:]
        if tag.strip('"') == str(version):
            return True
    return False


@contextmanager
def edit(
    queryset: models.QuerySet,
    if_match: str | None = None,
    body_version: int | None = None,
    **lookup,
) -> Iterator[models.Model]:
    """Yield the record `lookup` finds in `queryset`, locked and fresh, inside a transaction.

    Raises Http404 when it is out of scope, PreconditionFailed (412) or StaleVersion (409)
    when the client read another version; whatever the block raises rolls the edit back.
    """
    with transaction.atomic():
        try:
            record, before = lock_for_edit(queryset, **lookup)
        except queryset.model.DoesNotExist:
            raise Http404 from None
        if if_match is not None and not matches(if_match, before):
            raise PreconditionFailed(type(record), record.pk, before)
        if body_version is not None and body_version != before:
            raise StaleVersion(type(record), record.pk, body_version)
        yield record


def conflict_body(conflict: EditConflict) -> dict:
    record = conflict.record
    return {
        "detail": conflict.message(),
        "current_version": conflict.current,
        "changed_by": conflict.changed_by if record is not None else None,
    }


# Responses every edit operation documents in the OpenAPI schema.
CONFLICT_RESPONSES = {409: Conflict, 412: Conflict}
