"""An import's new records written a batch at a time, with their links, history and keys.

Saving records one by one costs a few statements each (the row, each link, a history row
per save and per link change, the matching keys); a 50,000-row spreadsheet would take
minutes. A batch writes each of those with one `bulk_create` instead, and records the same
history a save would: one "+" history row per record, stamped with the importing user,
holding the links the record was created with, so every record's history still starts at
its creation by that import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils import timezone

from suivi.core import memo
from suivi.core.models import Searchable

BATCH = 1000  # records per batch: a few statements per 1,000 rows, memory flat in the file


@dataclass
class Pending:
    record: models.Model
    links: dict[str, list[models.Model]]  # many-to-many field -> linked records
    leads: dict[int, models.Model]  # projects: party id -> lead agency


class Batch:
    """New records of one kind, waiting for `write()` (called when full, and at the end)."""

    def __init__(self, user):
        self.user = user
        self.waiting: list[Pending] = []

    def add(self, record: models.Model, links: dict[str, list], leads: dict[int, Any]) -> None:
        record._imported = True  # rows of the same file may name it before it has an id
        self.waiting.append(Pending(record, links, leads))
        if len(self.waiting) >= BATCH:
            self.write()

    def write(self) -> None:
        if not self.waiting:
            return
        waiting, self.waiting = self.waiting, []
        records = [pending.record for pending in waiting]
        model = type(records[0])
        now = timezone.now()
        for record in records:  # bulk_create sends no pre_save: fold the searched words here
            if isinstance(record, Searchable):
                record.refresh_search_text()
        model.objects.bulk_create(records)
        history = model.history.bulk_history_create(
            records, default_user=self.user, default_date=now
        )
        history_of = {record.pk: entry.pk for record, entry in zip(records, history, strict=True)}
        for name in waiting[0].links:
            _link(model, name, [(p.record, p.links[name]) for p in waiting], history_of)
        leads = [(p.record, p.leads) for p in waiting if p.leads]
        if leads:
            _lead(leads, self.user, now)
        _index(model, [record.pk for record in records])
        memo.forget(model)  # bulk_create sends no post_save: remembered pages are stale


def _link(model, name: str, pairs, history_of: dict[int, int]) -> None:
    """The through rows of one many-to-many field, and their copies in the history."""
    field = model._meta.get_field(name)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    rows = through.objects.bulk_create(
        through(**{f"{source}_id": owner.pk, f"{target}_id": other.pk})
        for owner, others in pairs
        for other in others
    )
    historical = model.history.model
    wanted = f"{historical._meta.object_name}_{name}"
    copies = next(
        rel.related_model
        for rel in historical._meta.related_objects
        if rel.related_model._meta.object_name == wanted
    )
    copies.objects.bulk_create(
        copies(
            history_id=history_of[getattr(row, f"{source}_id")],
            id=row.pk,
            **{
                f"{source}_id": getattr(row, f"{source}_id"),
                f"{target}_id": getattr(row, f"{target}_id"),
            },
        )
        for row in rows
    )


def _lead(pairs, user, now) -> None:
    from suivi.projects.models import LeadAgency

    leads = LeadAgency.objects.bulk_create(
        LeadAgency(project_id=project.pk, party_id=party, agency=agency)
        for project, chosen in pairs
        for party, agency in chosen.items()
    )
    LeadAgency.history.bulk_history_create(leads, default_user=user, default_date=now)


def _index(model, ids: list[int]) -> None:
    """The matching index's keys of the new records (a save's signal would have made them)."""
    from suivi.matching import index

    kind = next((k for k, label in index.MODELS.items() if label == model._meta.label), None)
    if kind is None:
        return
    for start in range(0, len(ids), index.CHUNK):
        index.reindex(kind, ids[start : start + index.CHUNK])
