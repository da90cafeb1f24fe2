"""The audit log: every change to every record, newest first, across all history tables."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date

from django.db.models import Model, QuerySet

from suivi.core.registry import history_models


@dataclass(frozen=True)
class AuditFilter:
    """What the administrator asked for; empty values mean "any"."""

    username: str = ""
    since: date | None = None
    until: date | None = None
    kind: str = ""


def change_tables() -> dict[str, type[Model]]:
    """`app.model` of each recorded model -> its history table.

    Many-to-many tables are left aside (their changes show on their record's entry), and so
    are sign-in events, which the log lists on their own.
    """
    from suivi.access.models import SignInEvent

    tables = {}
    for model in history_models():
        if model.instance_type is SignInEvent:
            continue
        if any(field.name == "history_date" for field in model._meta.fields):
            tables[model.instance_type._meta.label_lower] = model
    return tables


def _filtered(queryset: QuerySet, audit: AuditFilter, date_field: str, username_path: str):
    if audit.username:
        queryset = queryset.filter(**{username_path: audit.username})
    if audit.since:
        queryset = queryset.filter(**{f"{date_field}__date__gte": audit.since})
    if audit.until:
        queryset = queryset.filter(**{f"{date_field}__date__lte": audit.until})
    return queryset


def changes(audit: AuditFilter, limit: int, offset: int = 0) -> list[Model]:
    """The `limit` newest history entries that match after the first `offset`, merged across
    tables (each table gives its `offset + limit` newest, so any page merges correctly)."""
    tables = change_tables()
    if audit.kind:
        tables = {audit.kind: tables[audit.kind]} if audit.kind in tables else {}
    streams = []
    for table in tables.values():
        queryset = table.objects.select_related("history_user").order_by("-history_date")
        filtered = _filtered(queryset, audit, "history_date", "history_user__username")
        streams.append(filtered[: offset + limit])
    merged = heapq.merge(*streams, key=lambda entry: entry.history_date, reverse=True)
    return list(merged)[offset : offset + limit]


def sign_ins(audit: AuditFilter, limit: int) -> list[Model]:
    from suivi.access.models import SignInEvent

    queryset = SignInEvent.objects.select_related("user")
    return list(_filtered(queryset, audit, "at", "username")[:limit])
