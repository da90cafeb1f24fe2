"""History of records whose many-to-many links are changed from either side."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from simple_history import utils
from simple_history.models import HistoricalRecords
from simple_history.signals import (
    post_create_historical_m2m_records,
    pre_create_historical_m2m_records,
)

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
                HistoricalRecords.create_historical_record(history, instance, history_type, using)
            pending = _state.pending
    finally:
        _state.pending = None


class LinkedHistory(HistoricalRecords):
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
            return super().create_historical_record(instance, history_type, using)
        key = (type(instance)._meta.label, instance.pk)
        earlier = pending.get(key)
        if earlier is not None and earlier[2] == "+":
            history_type = "+"  # created in this block: one creation, with its final state
        pending[key] = (self, instance, history_type, using)
        return None

    def create_historical_record_m2ms(self, history_instance, instance):
        """The links as they stand, copied into the entry: read by their ids from `instance`
        itself (simple_history rebuilds the record from the entry, whose missing fields
        then cost one query each, and loads both ends of every link)."""
        for field in history_instance._history_m2m_fields:
            m2m_history_model = self.m2m_models[field]
            through = field.remote_field.through
            names = [f.attname for f in through._meta.fields]
            owner = utils.get_m2m_field_name(field)
            rows = through.objects.filter(**{owner: instance.pk}).values_list(*names)
            insert_rows = [
                m2m_history_model(history=history_instance, **dict(zip(names, row, strict=True)))
                for row in rows
            ]
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
