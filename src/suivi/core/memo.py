"""Values drawn from the register, remembered in this process for one scope and language.

Every list page offers the same drop-downs: 259 parties with "the register's parties"
first (three subqueries over the link tables), the sectors and commissions sorted by
their folded names. Computing them cost more than the 50 rows of the page. They change
only when the register does, so a worker keeps them:

- per key: the caller puts in it whatever the value depends on, always the reader's scope
  (`access.scope.scope_key`) when the value goes through `visible()`, and the language
  when it holds names. A value is never shared between readers who may see different
  records.
- until any record of the register is written (a save, delete or link change of a suivi
  model): in this process it bumps `generation`; for the other workers of this machine, once
  the write is committed, it stamps a marker file in the data directory, which every
  `remembered()` checks (one `stat`). A drop-down missing the commission just created in
  another worker is a 30-second puzzle for the user who created it.
- and at most `TTL` seconds, for the writes of other machines sharing the database.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")

TTL = 30.0  # seconds
MAX_ENTRIES = 512

_generation = 0
_store: dict[Hashable, tuple[float, tuple[int, int], object]] = {}


def _marker() -> str:
    from django.conf import settings

    return os.path.join(settings.DATA_DIR, "register-written")


def _stamp() -> int:
    """When the register was last written by any worker of this machine (0: never)."""
    try:
        return os.stat(_marker()).st_mtime_ns
    except OSError:
        return 0


def _written() -> None:
    """Stamp the marker with the exact time (set explicitly: the file system's own clock
    ticks too coarsely to tell two writes a few milliseconds apart)."""
    now = time.time_ns()
    try:
        with open(_marker(), "a"):
            pass
        os.utime(_marker(), ns=(now, now))
    except OSError:  # a read-only data directory: other workers fall back on TTL
        pass


def remembered(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or the value it gave for `key` since the last write and within TTL."""
    now = time.monotonic()
    generation = (_generation, _stamp())
    found = _store.get(key)
    if found is not None and found[1] == generation and found[0] > now:
        return found[2]  # type: ignore[return-value]
    value = compute()
    if len(_store) >= MAX_ENTRIES:
        _store.clear()
    _store[key] = (now + TTL, generation, value)
    return value


def forget(sender=None, **kwargs) -> None:
    """Signal receiver: a register record was written; every remembered value is stale."""
    global _generation
    if sender is None or getattr(sender, "__module__", "").startswith("suivi."):
        _generation += 1
        if sender is not None:
            from django.db import transaction

            transaction.on_commit(_written, using=kwargs.get("using"))
