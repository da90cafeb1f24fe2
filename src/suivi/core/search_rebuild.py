"""Rebuild what searches read instead of the records: each Searchable record's folded words.

`search_text` is refreshed on every save, but a bulk import that writes rows directly, a
restore from an older version or a change to the folding leaves it stale. `rebuild()` runs
each step of `STEPS` and says how many rows each one rewrote; a full-text index (FTS5,
tsvector) adds its own step to the list.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.db.models import Model

from suivi.core.models import Searchable

BATCH = 1000

# A step rebuilds one kind of search data and returns {label: rows rewritten}.
Step = Callable[[], dict[str, int]]


def searchable_models() -> list[type[Model]]:
    from suivi.core.registry import record_models

    return [model for model in record_models() if issubclass(model, Searchable)]


def refold_model(model: type[Model]) -> int:
    """Recompute `search_text` for every row of `model`; write only the rows that differ.

    A bulk update, not save(): the folded words are derived data, so no history entry, no
    version bump and no `modified` date change for a record whose content did not change.
    """
    fields = ("pk", "search_text", *model.searched_fields)
    changed = 0
    pending: list[Model] = []
    rows = model._base_manager.only(*fields).order_by("pk").iterator(chunk_size=BATCH)
    for record in rows:
        before = record.search_text
        record.refresh_search_text()
        if record.search_text != before:
            pending.append(record)
        if len(pending) >= BATCH:
            changed += _write(model, pending)
    return changed + _write(model, pending)


def _write(model: type[Model], records: list[Model]) -> int:
    count = len(records)
    if records:
        with transaction.atomic():
            model._base_manager.bulk_update(records, ["search_text"], batch_size=BATCH)
        records.clear()
    return count


def refold_all() -> dict[str, int]:
    return {model._meta.label_lower: refold_model(model) for model in searchable_models()}


STEPS: list[Step] = [refold_all]


def rebuild() -> dict[str, int]:
    """Run every step; {label: rows rewritten}."""
    result: dict[str, int] = {}
    for step in STEPS:
        result.update(step())
    return result


__all__ = ["STEPS", "rebuild", "refold_model", "searchable_models"]
