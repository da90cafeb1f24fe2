"""History entries merged per decision (`coalesced`), inserted by batches (`batched`), and
many-to-many links changed from either side filed under their owner (`LinkedHistory`)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.utils import timezone
from simple_history import utils
from simple_history.models import HistoricalRecords
from simple_history.signals import (
    post_create_historical_m2m_records,
    post_create_historical_record,
    pre_create_historical_m2m_records,
    pre_create_historical_record,
)

from suivi.core.inserts import insert

_state = threading.local()


@contextmanager
def coalesced() -> Iterator[None]:
    """One history entry per record for everything done inside, written as the block ends.

    Accepting a claim saves an agreement, then adds its parties, sectors and
    signatories: four entries, each copying every link of the record, for one
    decision. Inside this block the record's entry is written once, at the end, with
    its final fields and links ('+' if the block created it). A deletion is written at
    once. Use it inside the transaction whose changes it files: nothing is written if
    the block raises (the transaction rolls back what the entry would have described).
    Nested blocks join the outermost one.
    """
    if getattr(_state, "pending", None) is not None:
        yield
        return
    _state.pending = {}
    try:
        yield
        pending = _state.pending
        while pending:  # writing an entry may not add one, but be sure nothing is left
            _state.pending = {}
            for history, instance, history_type, using in pending.values():
                history.write_historical_record(instance, history_type, using)
            pending = _state.pending
    finally:
        _state.pending = None


@contextmanager
def batched() -> Iterator[None]:
    """History entries of `BatchedHistory` records made inside are inserted as the block ends,
    a few statements per history table, instead of two or more statements an entry.

    accept-all files four or five entries a claim (the claim, its citation, the record,
    a step, a role), each an INSERT of its own plus one per link table: a third of its
    queries. An entry is built when its change is made, as simple_history builds it (date,
    user, reason, fields, the links as they stand then), and only its INSERT waits: the
    history holds the same rows, in the same order. Use it inside the transaction whose
    changes it files. If the block raises, its entries are dropped (the transaction or the
    savepoint around it rolls back what they describe); a nested block joins the outer one,
    and drops only its own entries if it raises, so a claim run in a savepoint of its own
    inside a batch leaves nothing behind when it is refused.
    """
    outer = getattr(_state, "batch", None)
    if outer is not None:
        mark = len(outer)
        try:
            yield
        except BaseException:
            del outer[mark:]
            raise
        return
    _state.batch = []
    try:
        yield
        _flush(_state.batch)
    finally:
        _state.batch = None


def _flush(entries: list[_Entry]) -> None:
    """Insert the entries' rows (each table in the order the entries were made), then their
    links, which need the entries' ids."""
    by_table: dict[type, list] = {}
    for entry in entries:
        by_table.setdefault(type(entry.row), []).append(entry.row)
    for model, rows in by_table.items():
        insert(model, rows)
    links: dict[type, list] = {}
    for entry in entries:
        for link in entry.links:
            link.history_id = entry.row.pk
            links.setdefault(type(link), []).append(link)
    for model, rows in links.items():
        insert(model, rows)
    for entry in entries:
        entry.history.sent_created(entry.instance, entry.row, entry.using)


@dataclass(slots=True)
class _Entry:
    """One history entry waiting for the end of its `batched()` block."""

    history: BatchedHistory
    instance: object
    row: object
    links: list
    using: str | None


class BatchedHistory(HistoricalRecords):
    """`HistoricalRecords` whose entries wait for the end of a `batched()` block, if in one.

    Outside such a block it writes as simple_history does. Inside, the entry's pre/post
    signals are sent (the post one once the row is stored), not the link rows' ones:
    nothing in suivi listens to either."""

    def create_historical_record(self, instance, history_type, using=None):
        self.write_historical_record(instance, history_type, using)

    def write_historical_record(self, instance, history_type, using=None):
        """The entry now, or its row kept for the batch: never merged with another."""
        batch = getattr(_state, "batch", None)
        if batch is None:
            return HistoricalRecords.create_historical_record(self, instance, history_type, using)
        using = using if self.use_base_model_db else None
        manager = getattr(instance, self.manager_name)
        row = manager.model(
            history_date=getattr(instance, "_history_date", timezone.now()),
            history_type=history_type,
            history_user=self.get_history_user(instance),
            history_change_reason=self.get_change_reason_for_object(instance, history_type, using),
            **{
                field.attname: getattr(instance, field.attname)
                for field in self.fields_included(instance)
            },
        )
        if getattr(manager.model, "history_relation", None) is not None:
            row.history_relation = instance
        pre_create_historical_record.send(
            sender=manager.model,
            instance=instance,
            history_date=row.history_date,
            history_user=row.history_user,
            history_change_reason=row.history_change_reason,
            history_instance=row,
            using=using,
        )
        batch.append(_Entry(self, instance, row, self.historical_links(row, instance), using))
        return None

    def historical_links(self, history_instance, instance) -> list:
        """The entry's link rows as the links stand now (none for a model without them)."""
        links = []
        for field in history_instance._history_m2m_fields:
            links += self._link_rows(field, history_instance, instance)
        return links

    def _link_rows(self, field, history_instance, instance) -> list:
        """Read by their ids from `instance` itself (simple_history rebuilds the record from
        the entry, whose missing fields then cost one query each, and loads both ends of
        every link)."""
        m2m_history_model = self.m2m_models[field]
        through = field.remote_field.through
        names = [f.attname for f in through._meta.fields]
        owner = utils.get_m2m_field_name(field)
        rows = through.objects.filter(**{owner: instance.pk}).values_list(*names)
        return [
            m2m_history_model(history=history_instance, **dict(zip(names, row, strict=True)))
            for row in rows
        ]

    def sent_created(self, instance, row, using) -> None:
        post_create_historical_record.send(
            sender=type(row),
            instance=instance,
            history_instance=row,
            history_date=row.history_date,
            history_user=row.history_user,
            history_change_reason=row.history_change_reason,
            using=using,
        )


class LinkedHistory(BatchedHistory):
    """`HistoricalRecords` that files a link changed from the other side under its owner.

    simple_history takes `agreement.commissions.add(commission)` for a change of the
    agreement, and writes it with the commission's settings (its excluded fields, its
    links): the commission's history misses the change, and the agreement's entry is built
    from fields its history does not hold. Here the records owning the field get the entry,
    as if `commission.agreements.add(agreement)` had been called.

    Inside `coalesced()`, a record's entries are merged into one (see there).
    """

    def create_historical_record(self, instance, history_type, using=None):
        pending = getattr(_state, "pending", None)
        if pending is None or history_type == "-" or instance.pk is None:
            return self.write_historical_record(instance, history_type, using)
        key = (type(instance)._meta.label, instance.pk)
        earlier = pending.get(key)
        if earlier is not None and earlier[2] == "+":
            history_type = "+"  # created in this block: one creation, with its final state
        pending[key] = (self, instance, history_type, using)
        return None

    def create_historical_record_m2ms(self, history_instance, instance):
        """The links as they stand, copied into an entry written now (see `_link_rows`)."""
        for field in history_instance._history_m2m_fields:
            m2m_history_model = self.m2m_models[field]
            insert_rows = self._link_rows(field, history_instance, instance)
            pre_create_historical_m2m_records.send(
                sender=m2m_history_model,
                rows=insert_rows,
                history_instance=history_instance,
                instance=instance,
                field=field,
            )
            created_rows = m2m_history_model.objects.bulk_create(insert_rows)
            post_create_historical_m2m_records.send(
                sender=m2m_history_model,
                created_rows=created_rows,
                history_instance=history_instance,
                instance=instance,
                field=field,
            )

    def m2m_changed(self, instance, action, attr, pk_set, reverse, **kwargs):
        if not reverse:
            return super().m2m_changed(instance, action, attr, pk_set, reverse, **kwargs)
        owners = kwargs["model"]._default_manager
        if action == "pre_clear":  # the owners are known only before the links go
            instance._suivi_cleared = {attr: list(owners.filter(**{attr: instance}))}
            return None
        if action == "post_clear":
            touched = getattr(instance, "_suivi_cleared", {}).pop(attr, [])
        elif action in ("post_add", "post_remove"):
            touched = list(owners.filter(pk__in=pk_set or ()))
        else:
            return None
        for owner in touched:
            super().m2m_changed(owner, action, attr, pk_set, False, **kwargs)
        return None
