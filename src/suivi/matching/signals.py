"""Keep a record's keys in step whatever changes it: review, forms, admin, API or a restore.

Signals rather than calls in each writer, because records change in many places
and a missed key is a missed match nobody notices. Raw saves (a restore) are
indexed too: the m2m signals that follow them complete the keys.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from suivi.matching.index import MODELS
from suivi.matching.index import reindex as reindex_now
from suivi.matching.models import MatchKey

# kind -> the many-to-many fields its keys read
_M2M = {"agreement": ("parties", "sectors"), "body": ("parties",)}
_CLEARED = "_matching_cleared"
_state = threading.local()


@contextmanager
def deferred() -> Iterator[None]:
    """Reindex each record changed inside the block once, as the block ends.

    Accepting a claim saves an agreement and adds its parties and sectors: three
    reindexings of one record, each reading its keys back. Here it is one. Look-ups
    inside the block do not see the keys of what it changed: end the block before
    resolving against it (accept() wraps one claim). Nested blocks join the outermost.
    People are indexed at once all the same: an agreement's signatories are looked up
    by name as they are created, and two spellings of one name must find the first.
    """
    if getattr(_state, "dirty", None) is not None:
        yield
        return
    _state.dirty = defaultdict(set)
    try:
        yield
        for kind, ids in _state.dirty.items():
            reindex_now(kind, ids)
    finally:
        _state.dirty = None


def reindex(kind: str, ids: Iterable[int]) -> None:
    """Reindex now, or as the enclosing `deferred()` block ends."""
    dirty = getattr(_state, "dirty", None)
    if dirty is None or kind == "person":
        reindex_now(kind, ids)
    else:
        dirty[kind].update(int(pk) for pk in ids if pk is not None)


def connect() -> None:
    from suivi.core.restore import register_loaded

    register_loaded.connect(_restored, dispatch_uid="matching-restored")
    pre_save.connect(_loading_key, sender=MatchKey, dispatch_uid="matching-load")
    for kind, label in MODELS.items():
        model = apps.get_model(label)
        post_save.connect(_saved(kind), sender=model, weak=False, dispatch_uid=f"matching-{kind}")
        post_delete.connect(
            _deleted(kind), sender=model, weak=False, dispatch_uid=f"matching-del-{kind}"
        )
        for name in _M2M.get(kind, ()):
            through = getattr(model, name).through
            m2m_changed.connect(
                _related(kind), sender=through, weak=False, dispatch_uid=f"matching-{kind}-{name}"
            )


def _restored(sender, **kwargs) -> None:
    """A restore inserts rows without saving them: index the whole register again."""
    from suivi.matching.index import rebuild

    rebuild()


def _loading_key(sender, instance, raw, **kwargs) -> None:
    """A key row loaded as it was (a test database's serialised state, a fixture) replaces
    the same key its record's own raw save already indexed."""
    if raw:
        same = MatchKey.objects.filter(kind=instance.kind, key=instance.key)
        same.filter(record_id=instance.record_id).exclude(pk=instance.pk).delete()


def _saved(kind: str):
    def handler(sender, instance, **kwargs) -> None:
        reindex(kind, [instance.pk])

    return handler


def _deleted(kind: str):
    def handler(sender, instance, **kwargs) -> None:
        reindex(kind, [instance.pk])  # the record is gone: its keys go with it

    return handler


def _related(kind: str):
    def handler(sender, instance, action, reverse, pk_set, **kwargs) -> None:
        if action in ("post_add", "post_remove") and not pk_set:
            return  # nothing was linked or unlinked (add() of links already there)
        if not reverse:
            if action.startswith("post_"):
                reindex(kind, [instance.pk])
            return
        # From the other side (party.agreements.add(...)): the records are in pk_set,
        # except for a clear, whose records must be noted before they are unlinked.
        if action == "pre_clear":
            record, other = _through_fields(sender, kind)
            linked = sender.objects.filter(**{f"{other}_id": instance.pk})
            setattr(instance, _CLEARED, list(linked.values_list(f"{record}_id", flat=True)))
        elif action == "post_clear":
            reindex(kind, getattr(instance, _CLEARED, []))
        elif action.startswith("post_"):
            reindex(kind, pk_set or [])

    return handler


def _through_fields(through, kind: str) -> tuple[str, str]:
    """The through model's foreign keys: to the record of `kind`, and to the other side."""
    model = apps.get_model(MODELS[kind])
    relations = [field for field in through._meta.fields if field.is_relation]
    record = next(field.name for field in relations if field.related_model is model)
    other = next(field.name for field in relations if field.name != record)
    return record, other
