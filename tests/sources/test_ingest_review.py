"""Readings become sources and claims; accepted claims become records that cite their sources."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from suivi.agreements.models import Agreement
from suivi.commissions.models import Commission
from suivi.sources import review
from suivi.sources.ingest import IngestError, ingest_reading
from suivi.sources.models import Citation, Claim, ClaimStatus, Source
from tests.sources.readings import agreement, gold_reading, reading

pytestmark = pytest.mark.django_db

SEED = "000_8be80f8210069b19"


@pytest.fixture
def reviewer():
    return get_user_model().objects.create_user("relectrice", password="x", is_superuser=True)


def test_seed_article_gives_its_agreements_commission_and_parties(shared_dir, reviewer):
    result = ingest_reading(gold_reading(shared_dir / "corpus" / "dev", SEED))
    assert result.created
    assert result.claims["agreement"] == 3
    body = Claim.objects.get(kind="body")
    assert body.facts["cadence_months"] == 6
    assert body.facts["parties"] == ["MLI", "RUS"]
    assert {c.facts["code"] for c in Claim.objects.filter(kind="party")} == {"MLI", "RUS", "AES"}

    outcome = review.accept_all(reviewer, min_score=0)
    assert outcome.failed == []
    source = result.source
    assert Agreement.objects.count() == 3
    for record in Agreement.objects.all():
        assert {p.code for p in record.parties.all()} == {"MLI", "RUS"}
        assert record.status == "signed"
        assert list(record.steps.values_list("source", flat=True)) == [source.pk]
    commission = Commission.objects.get()
    assert commission.cadence_months == 6
    assert commission.agreements.count() == 3  # the commission follows the agreements
    assert Citation.objects.filter(source=source, record_id=commission.pk, claim__kind="body")
    assert not Claim.objects.filter(status=ClaimStatus.PENDING).exists()
    assert commission.history.first().history_user == reviewer


def test_ingesting_the_same_text_twice_is_a_no_op():
    item = reading("Le Mali et la Russie ont signé un accord.", parties=["MLI", "RUS"])
    first = ingest_reading(item)
    again = ingest_reading(item)
    assert first.created and not again.created
    assert again.source == first.source
    assert Source.objects.count() == 1 and Claim.objects.count() == 2


def test_two_outlets_on_one_signing_make_one_agreement_with_two_sources(reviewer):
    first = "Bamako et Moscou ont signé le 23 juin 2025 un accord sur la santé publique."
    second = (
        "La Russie et le Mali ont conclu lundi 23 juin 2025 un accord dans le domaine sanitaire."
    )
    for text, outlet in ((first, "Le Courrier"), (second, "Sahel Hebdo")):
        ingest_reading(
            reading(
                text,
                publisher=outlet,
                parties=["MLI", "RUS"],
                agreements=[agreement(text, sectors=["health"], date="2025-06-23")],
            )
        )
    review.accept_all(reviewer, min_score=0)
    record = Agreement.objects.get()
    sources = Citation.objects.filter(record_id=record.pk, claim__kind="agreement")
    assert {c.source.publisher for c in sources} == {"Le Courrier", "Sahel Hebdo"}
    assert record.steps.count() == 2


def test_two_agreements_between_the_same_parties_on_one_day_stay_two(reviewer):
    text = (
        "Le 23 juin 2025, le Mali et la Russie ont signé un accord sur la santé. "
        "Le même jour, ils ont signé un accord sur les transports ferroviaires."
    )
    health, transport = text.split(". ")
    ingest_reading(
        reading(
            text,
            parties=["MLI", "RUS"],
            agreements=[
                agreement(health, sectors=["health"], date="2025-06-23"),
                agreement(transport, sectors=["transport"], date="2025-06-23"),
            ],
        )
    )
    review.accept_all(reviewer, min_score=0)
    assert sorted(a.sectors.get().code for a in Agreement.objects.all()) == ["health", "transport"]


def test_a_rejected_claim_stays_with_its_reason(reviewer):
    ingest_reading(reading("La CEDEAO a salué l'accord.", parties=["ECOWAS"]))
    claim = Claim.objects.get()
    with pytest.raises(review.ReviewError):
        review.reject(claim.pk, reviewer, "  ")
    review.reject(claim.pk, reviewer, "La CEDEAO n'agit pas ici.")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.REJECTED
    assert claim.reason == "La CEDEAO n'agit pas ici."
    with pytest.raises(review.ReviewError, match="déjà relu"):
        review.accept(claim.pk, reviewer)


def test_a_reading_without_text_is_refused_clearly():
    with pytest.raises(IngestError, match="texte"):
        ingest_reading({"document": {"text": "  "}})
    with pytest.raises(IngestError):
        ingest_reading(reading("x", agreements=[{"kind": "treaty", "parties": []}]))
    assert Source.objects.count() == 0


def test_seed_article_through_the_reader_becomes_linked_records(shared_dir, reviewer):
    from suivi.sources import batch

    seed = shared_dir / "corpus" / "dev" / f"{SEED}.txt"
    summary = batch.run(batch.collect([str(seed)]))
    assert summary.failures == [] and summary.new_sources == 1
    assert summary.claims["agreement"] == 3
    source = Source.objects.get()
    body = source.claims.get(kind="body")
    assert body.facts["cadence_months"] == 6 and set(body.facts["parties"]) == {"MLI", "RUS"}
    codes = {claim.facts["code"] for claim in source.claims.filter(kind="party")}
    assert codes == {"MLI", "RUS", "AES"}
    assert review.accept_all(reviewer, min_score=0).failed == []
    agreements = Agreement.objects.all()
    assert len(agreements) == 3
    assert {frozenset(s.code for s in a.sectors.all()) for a in agreements} == {
        frozenset({"general"}),
        frozenset({"economy", "research"}),
        frozenset({"nuclear", "energy"}),
    }
    cited = Citation.objects.filter(source=source, claim__kind="agreement")
    assert {c.record_id for c in cited} == {a.pk for a in agreements}
    assert Commission.objects.get().cadence_months == 6


def test_numbered_agreements_are_not_merged(reviewer):
    for number in (2, 3):
        text = f"Le Mali et la Russie ont signé le protocole n° {number} sur la santé."
        ingest_reading(
            reading(
                text,
                parties=["MLI", "RUS"],
                agreements=[agreement(text, sectors=["health"], title=f"protocole n° {number}")],
            )
        )
    review.accept_all(reviewer, min_score=0)
    assert Agreement.objects.count() == 2
