"""The citations of the sources a batch of claims comes from, read once for the batch.

Accepting a claim reads its source's citations up to three times: the records other
claims of the source went into (not proposed again, `resolution.taken_by_source`),
whether the claim already cites its record (`review._cite`), and the agreements or
bodies the same article gave (`records._cited_by_source`). `accept_all` reads them for
a whole batch in one query (`read_once`), and each citation made meanwhile is `noted`;
outside such a block every caller queries as before (`known` answers None).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

_state = threading.local()


class Cited(NamedTuple):
    """One citation, as the readers above need it."""

    claim_id: int
    kind: str
    record_type_id: int
    record_id: int


@contextmanager
def read_once(source_ids: Iterable[int]) -> Iterator[None]:
    """Inside, `known(source_id)` answers from the citations of `source_ids` read now and
    those `noted` since. Use it inside the transaction that makes them. A citation another
    reviewer's decision on a claim of these sources makes meanwhile is seen by the next
    batch only, as a decision committed just after this block would be."""
    from suivi.sources.models import Citation

    cited: dict[int, list[Cited]] = {i: [] for i in source_ids if i is not None}
    rows = Citation.objects.filter(source_id__in=list(cited)).order_by("pk")
    for source_id, *rest in rows.values_list(
        "source_id", "claim_id", "claim__kind", "record_type_id", "record_id"
    ):
        cited[source_id].append(Cited(*rest))
    _state.cited = cited
    try:
        yield
    finally:
        _state.cited = None


def known(source_id: int) -> list[Cited] | None:
    """The citations of `source_id`, or None outside `read_once` or for another source."""
    cited = getattr(_state, "cited", None)
    return None if cited is None else cited.get(source_id)


def noted(source_id: int, citation: Cited) -> None:
    """A citation just made, for the readers after it in the block (if in one)."""
    found = known(source_id)
    if found is not None:
        found.append(citation)


@contextmanager
def undone_if_refused() -> Iterator[None]:
    """The citations noted inside are forgotten if the block raises: the savepoint that
    rolls back a refused claim's citation must take it from here too."""
    cited = getattr(_state, "cited", None)
    if cited is None:
        yield
        return
    marks = {source_id: len(rows) for source_id, rows in cited.items()}
    try:
        yield
    except BaseException:
        for source_id, mark in marks.items():
            del cited[source_id][mark:]
        raise


def records(cited: list[Cited], prefetch: tuple[str, ...] = ()) -> list:
    """The records `cited` names, in its order (one query per record type, not one per
    citation as `citation.record` costs), `prefetch` loaded with them; those since
    deleted are left out, as `citation.record` would give None."""
    from django.contrib.contenttypes.models import ContentType

    wanted: dict[int, set[int]] = {}
    for citation in cited:
        wanted.setdefault(citation.record_type_id, set()).add(citation.record_id)
    found = {}
    for type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        rows = model._base_manager.filter(pk__in=ids).prefetch_related(*prefetch)
        found.update({(type_id, row.pk): row for row in rows})
    return [found[key] for c in cited if (key := (c.record_type_id, c.record_id)) in found]
