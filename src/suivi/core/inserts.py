"""Insert many new rows, and their history entries, without Django's bulk insert compiler.

`bulk_create` builds its SQL value by value through the insert compiler (expression
checks, a placeholder and a conversion call each); for the Dask writer, which stores
every source and claim of a run with one history entry each, that assembly was about
half of its CPU per document, and most of a register's reindexing. Here the statement is built once per batch size and the values
are the fields' own database values (`pre_save`, then `get_db_prep_save`: what the
compiler sends), so the rows stored are the same. Like `bulk_create`, no signal is sent.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connections, router
from django.utils import timezone

BATCH = 500  # rows per statement, at most (SQLite's parameter limit may lower it)


def insert(model, objs: Sequence, batch_size: int = BATCH, ignore_conflicts: bool = False) -> None:
    """Insert unsaved `objs` of `model` and set their primary keys, as `bulk_create` does.

    Foreign keys are read as their ids: a related object must have been saved when it
    was assigned (`bulk_create` would catch one saved after).

    `ignore_conflicts`: a row a unique constraint refuses is skipped (ON CONFLICT DO
    NOTHING, which PostgreSQL and SQLite both take), and no primary key is set."""
    if not objs:
        return
    using = router.db_for_write(model)
    connection = connections[using]
    meta = model._meta
    pk = meta.pk
    fields = [field for field in meta.concrete_fields if field is not meta.auto_field]
    size = max(1, min(batch_size, connection.ops.bulk_batch_size(fields, objs)))
    quote = connection.ops.quote_name
    head = (
        f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) VALUES "
    )
    row = f"({', '.join(['%s'] * len(fields))})"
    returning = meta.auto_field is not None and not ignore_conflicts
    tail = f" RETURNING {quote(pk.column)}" if returning else ""
    tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else tail
    with connection.cursor() as cursor:
        for start in range(0, len(objs), size):
            chunk = objs[start : start + size]
            params = [
                field.get_db_prep_save(field.pre_save(obj, True), connection)
                for obj in chunk
                for field in fields
            ]
            cursor.execute(head + ", ".join([row] * len(chunk)) + tail, params)
            if returning:
                for obj, (value,) in zip(chunk, cursor.fetchall(), strict=True):
                    setattr(obj, pk.attname, value)
            for obj in chunk:
                obj._state.adding = False
                obj._state.db = using


def insert_with_history(model, objs: Sequence, batch_size: int = BATCH) -> None:
    """`insert` the objs, then one '+' history entry each, as simple_history's
    `bulk_create_with_history` files them (same user, reason and fields)."""
    from simple_history.utils import get_change_reason_from_object

    insert(model, objs, batch_size)
    if not objs:
        return
    history = model.history.model
    default_user = history.get_default_history_user(objs[0])
    now = timezone.now()
    tracked = [field.attname for field in history.tracked_fields]
    rows = []
    for instance in objs:
        row = history(
            history_date=getattr(instance, "_history_date", now),
            history_user=getattr(instance, "_history_user", default_user),
            history_change_reason=get_change_reason_from_object(instance) or None,
            history_type="+",
            **{name: getattr(instance, name) for name in tracked},
        )
        if hasattr(history, "history_relation"):
            row.history_relation_id = instance.pk
        rows.append(row)
    insert(history, rows, batch_size)
