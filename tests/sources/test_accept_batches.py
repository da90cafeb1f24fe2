"""accept-all and the ingest writer work by batches, and lose nothing a reviewer relies on:
one history entry per record a decision changed (with its links), a refused claim left
pending while the rest of its batch is accepted, keys in step, each text stored once."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from suivi.agreements.models import Agreement
from suivi.commissions.models import Commission
from suivi.matching import index
from suivi.matching.models import MatchKey
from suivi.sources import batch, review
from suivi.sources.ingest import ingest_reading
from suivi.sources.models import Claim, ClaimStatus, Source
from tests.sources.readings import agreement, reading

pytestmark = pytest.mark.django_db

SIGNED = "Le 3 mars 2024, le Mali et la Russie ont signé un accord sur la santé."
RATIFIED = "Le Mali a ratifié le 5 mai 2024 l'accord de santé signé avec la Russie."


@pytest.fixture
def reviewer():
    return get_user_model().objects.create_user("relectrice", password="x", is_superuser=True)


def _signed() -> dict:
    return reading(
        SIGNED,
        parties=["MLI", "RUS"],
        people=[{"name": "Sergueï Lavrov", "role": "ministre", "party": "RUS"}],
        agreements=[
            agreement(SIGNED, sectors=["health"], date="2024-03-03", signatories=["Sergueï Lavrov"])
        ],
        bodies=[{"name": "commission mixte Mali–Russie", "parties": ["MLI", "RUS"]}],
    )


def _ratified() -> dict:
    return reading(
        RATIFIED,
        parties=["MLI", "RUS"],
        agreements=[agreement(RATIFIED, sectors=["health"], status="ratified", date="2024-05-05")],
    )


def test_each_decision_files_one_entry_per_record_with_its_links(reviewer):
    ingest_reading(_signed())
    assert review.accept_all(reviewer, min_score=0).failed == []
    record = Agreement.objects.get()
    [created] = record.history.all()  # saved, then parties, sectors, signatories: one entry
    assert created.history_type == "+"
    assert created.history_user == reviewer
    assert set(created.parties.values_list("party__code", flat=True)) == {"MLI", "RUS"}
    assert list(created.sectors.values_list("sector_id", flat=True)) == ["health"]
    assert list(created.signatories.values_list("person__name", flat=True)) == ["Sergueï Lavrov"]
    commission = Commission.objects.get()
    linked, made = commission.history.all()  # newest first: accepted as a body, then linked
    assert (made.history_type, linked.history_type) == ("+", "~")
    assert not made.agreements.exists()
    assert list(linked.agreements.values_list("agreement_id", flat=True)) == [record.pk]

    ingest_reading(_ratified())
    assert review.accept_all(reviewer, min_score=0).failed == []
    assert Agreement.objects.get() == record
    later, first = record.history.all()
    assert (first.status, later.status) == ("signed", "ratified")
    assert later.history_type == "~" and later.history_user == reviewer
    assert set(later.parties.values_list("party__code", flat=True)) == {"MLI", "RUS"}


def test_a_refused_claim_stays_pending_and_the_rest_of_its_batch_is_accepted(reviewer, monkeypatch):
    monkeypatch.setattr(review, "ACCEPT_BATCH", 2)  # claims spread over several batches
    text = "La 4e session de la commission du fleuve s'est tenue à Niamey. " + SIGNED
    item = _signed()
    item["document"]["text"] = text
    item["sessions"] = [{"body": "commission du fleuve Niger", "number": 4}]
    ingest_reading(item)
    outcome = review.accept_all(reviewer, min_score=0)
    session = Claim.objects.get(kind="session")
    assert [claim_id for claim_id, _why in outcome.failed] == [session.pk]
    assert "commission du fleuve Niger" in outcome.failed[0][1]
    assert session.status == ClaimStatus.PENDING
    others = Claim.objects.exclude(pk=session.pk)
    assert outcome.accepted == others.count() == 5  # two parties, a person, a body, an agreement
    assert not others.filter(status=ClaimStatus.PENDING).exists()

    again = review.accept_all(reviewer, min_score=0)  # a rerun decides nothing twice
    assert (again.accepted, [c for c, _why in again.failed]) == (0, [session.pk])
    assert Agreement.objects.get().history.count() == 1


def test_keys_written_once_a_claim_are_those_a_rebuild_gives(reviewer):
    ingest_reading(_signed())
    ingest_reading(_ratified())
    review.accept_all(reviewer, min_score=0)
    incremental = set(MatchKey.objects.values_list("kind", "record_id", "key"))
    assert ("body", Commission.objects.get().pk, "w:mixte") in incremental
    index.rebuild()
    assert set(MatchKey.objects.values_list("kind", "record_id", "key")) == incremental


def test_the_writer_stores_a_batch_each_text_once_and_reports_the_bad_ones():
    good, again = _signed(), _signed()
    empty = reading("   ")
    outcomes = [
        (batch.Item("a.html"), good, None),
        (batch.Item("b.html"), again, None),  # the same text, in the same batch
        (batch.Item("c.html"), empty, None),
        (batch.Item("d.html"), None, "document illisible"),
    ]
    summary = batch.Summary()
    batch.store_many(summary, outcomes)
    assert (summary.read, summary.new_sources, summary.known) == (2, 1, 1)
    assert [name for name, _why in summary.failures] == ["c.html", "d.html"]
    assert Source.objects.count() == 1
    assert summary.claims == {"party": 2, "person": 1, "agreement": 1, "body": 1}

    rerun = batch.Summary()
    batch.store_many(rerun, outcomes[:2])
    assert (rerun.new_sources, rerun.known) == (0, 2)
    assert Source.objects.count() == 1 and Claim.objects.count() == 5
