"""Values drawn from the register, remembered in this process for one scope and language.

Every list page offers the same drop-downs: 259 parties with "the register's parties"
first (three subqueries over the link tables), the sectors and commissions sorted by
their folded names. Computing them cost more than the 50 rows of the page. They change
only when the register does, so a worker keeps them:

- per key: the caller puts in it whatever the value depends on, always the reader's scope
  (`access.scope.scope_key`) when the value goes through `visible()`, and the language
  when it holds names. A value is never shared between readers who may see different
  records.
- until any record of the register is written in this process (a save, delete or link
  change of a suivi model bumps `generation`), and at most `TTL` seconds: another worker's
  writes are seen within that time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")

TTL = 30.0  # seconds
MAX_ENTRIES = 512

_generation = 0
_store: dict[Hashable, tuple[float, int, object]] = {}


def remembered(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or the value it gave for `key` since the last write and within TTL."""
    now = time.monotonic()
    found = _store.get(key)
    if found is not None and found[1] == _generation and found[0] > now:
        return found[2]  # type: ignore[return-value]
    generation = _generation
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
