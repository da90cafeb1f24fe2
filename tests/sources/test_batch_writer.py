"""The ingest writer stores a batch in a few inserts, and still isolates what fails: a text
another process stored meanwhile is counted as known, the rest of the batch is stored,
and every source and claim written keeps its history entry."""

from __future__ import annotations

import pytest

from suivi.sources import batch, ingest
from suivi.sources.models import Claim, Source
from tests.sources.readings import reading

pytestmark = pytest.mark.django_db


def _reading(n: int) -> dict:
    text = f"Le {n} mars 2024, le Mali et la Russie ont parlé de coopération, épisode {n}."
    return reading(
        text,
        parties=["MLI", "RUS"],
        people=[{"name": f"Aminata Traoré {n}", "role": "ministre", "party": "MLI"}],
    )


def _outcomes(readings: list[dict]) -> list[batch.Outcome]:
    return [(batch.Item(f"{n}.html"), one, None) for n, one in enumerate(readings)]


def test_a_batch_is_stored_with_every_claim_and_its_history():
    summary = batch.Summary()
    batch.store_many(summary, _outcomes([_reading(n) for n in range(5)]))
    assert (summary.read, summary.new_sources, summary.known) == (5, 5, 0)
    assert Source.objects.count() == 5 and Claim.objects.count() == 15
    assert Source.history.filter(history_type="+").count() == 5
    assert Claim.history.filter(history_type="+").count() == 15
    assert sorted(summary.source_ids) == sorted(Source.objects.values_list("pk", flat=True))


def test_a_text_stored_meanwhile_by_another_process_costs_only_itself(monkeypatch):
    readings = [_reading(n) for n in range(4)]
    taken = ingest.ingest_reading(readings[2]).source  # "the other process"
    # The writer's look-up ran before the other process committed: it knows nothing.
    monkeypatch.setattr(batch, "known_sources", lambda digests: {})
    summary = batch.Summary()
    batch.store_many(summary, _outcomes(readings))
    assert not summary.failures
    assert (summary.read, summary.new_sources, summary.known) == (4, 3, 1)
    assert Source.objects.count() == 4 and Claim.objects.count() == 12
    assert taken.pk in summary.source_ids
    assert Claim.history.filter(history_type="+").count() == 12
