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


def test_a_large_batch_stores_every_field_and_names_who_ingested(django_user_model):
    """More rows than one statement takes (SQLite's parameter limit): every source and
    claim is stored with what the reading said, and each history entry names the user."""
    from suivi.core.actor import acting_as

    user = django_user_model.objects.create_user("lecteur")
    readings = [_reading(n) for n in range(120)]
    readings[7]["document"]["published"] = "2024-03"
    summary = batch.Summary()
    with acting_as(user):
        batch.store_many(summary, _outcomes(readings))
    assert (summary.new_sources, sum(summary.claims.values())) == (120, 360)
    source = Source.objects.get(pk=summary.source_ids[7])
    assert source.text == readings[7]["document"]["text"] and source.read_at is not None
    assert (source.published.isoformat(), source.published_precision) == ("2024-03-01", "month")
    person = source.claims.get(kind="person")
    assert person.facts["name"] == "Aminata Traoré 7" and person.status == "pending"
    assert Claim.history.filter(history_type="+", history_user=user).count() == 360
    entry = Claim.history.get(id=person.pk)
    assert (entry.facts, entry.source_id, entry.history_change_reason) == (
        person.facts,
        source.pk,
        None,
    )
    assert Source.history.filter(history_user=user).count() == 120


def test_a_batch_whose_commit_fails_is_stored_again_and_counted_once(monkeypatch):
    from django.db import DatabaseError

    summary = batch.Summary()
    batch.store_many(summary, _outcomes([_reading(n) for n in range(3)]))
    earlier = list(summary.source_ids)
    real = batch._store_in_transaction

    def counted_then_lost(*args):  # everything counted, then the commit is refused
        real(*args)
        raise DatabaseError("connexion perdue au commit")

    monkeypatch.setattr(batch, "_store_in_transaction", counted_then_lost)
    later = [_reading(n) for n in range(3, 7)]
    outcomes = [(batch.Item(f"{n}.html"), one, None) for n, one in enumerate(later, start=3)]
    outcomes.append((batch.Item("vide.html"), None, "document illisible"))
    batch.store_many(summary, outcomes)
    assert (summary.read, summary.new_sources, summary.known) == (7, 7, 0)
    assert summary.failures == [("vide.html", "document illisible")]
    assert summary.claims["person"] == 7 and Source.objects.count() == 7
    assert summary.source_ids[:3] == earlier and len(set(summary.source_ids)) == 7
