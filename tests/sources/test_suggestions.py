"""The "same as X" beside a pending claim is worked out when a reviewer looks at it and when
it is accepted, not when the claim is stored: a bulk ingest's one writer resolves nothing
(it kept two Dask workers to the speed of one), and the suggestion follows the register as
it stands and the records the reviewer may see.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from suivi.access import tokens
from suivi.agreements.models import Agreement
from suivi.parties.models import Party
from suivi.sources import batch
from suivi.sources.ingest import ingest_reading
from suivi.sources.models import Claim, ClaimStatus
from suivi.sources.review import accept_all
from tests.sources.readings import agreement, reading

pytestmark = pytest.mark.django_db

TEXT = "Bamako, le 23 juin 2025. Le Mali et la Russie ont signé un accord sur la santé."
EVIDENCE = "Le Mali et la Russie ont signé un accord sur la santé."


def _ingest(confidence: float | None = None, text: str = TEXT) -> Claim:
    facts = {"sectors": ["health"], "date": "2025-06-23"}
    if confidence is not None:
        facts["confidence"] = confidence
    ingest_reading(reading(text, parties=["MLI", "RUS"], agreements=[agreement(EVIDENCE, **facts)]))
    return Claim.objects.filter(kind="agreement").latest("pk")


def _record(title: str, kind: str = "agreement", sectors=("health",), **fields) -> Agreement:
    record = Agreement.objects.create(
        kind=kind, title_fr=title, signed_on=date(2025, 6, 23), **fields
    )
    record.parties.set(Party.objects.filter(code__in=["MLI", "RUS"]))
    record.sectors.set(list(sectors))
    return record


def _api(user) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {tokens.issue(user, days=1)[1]}")


def test_the_bulk_writer_resolves_no_claim(monkeypatch):
    def resolving(*args, **kwargs):
        raise AssertionError("the writer resolved a claim")

    monkeypatch.setattr("suivi.sources.resolution.propose", resolving)
    summary = batch.Summary()
    text = TEXT.replace("santé", "énergie")
    items = [agreement(EVIDENCE, sectors=["energy"], confidence=0.7)]
    one = reading(text, parties=["MLI", "RUS"], agreements=items)
    batch.store_many(summary, [(batch.Item("a.txt"), one, None)])
    assert summary.new_sources == 1 and summary.failures == []
    stored = Claim.objects.get(kind="agreement")
    assert stored.record_id is None and stored.score == 0.7  # the reading's confidence


def test_the_queue_suggests_a_record_added_after_the_claim_was_stored(story, capsys):
    claim = _ingest()
    record = _record("Accord de santé Mali–Russie")  # entered by hand after the ingest
    client = Client()
    client.force_login(story.reviewer)
    page = client.get(reverse("sources:claims")).content.decode()
    assert f"même que « {record} »" in page
    detail = client.get(reverse("sources:claim", args=[claim.pk])).content.decode()
    assert f"Même que « {record} »" in detail
    one = _api(story.reviewer).get(f"/api/v1/claims/{claim.pk}").json()
    assert one["record_id"] == record.pk and one["proposal"] == f"same as agreement #{record.pk}"
    assert one["score"] > 0.6
    listed = _api(story.reviewer).get("/api/v1/claims/", {"kind": "agreement"}).json()
    assert listed["results"][0]["record_id"] == record.pk
    from suivi.cli.main import main

    main(["review", "list", "--kind", "agreement", "--json", "--as", story.reviewer.username])
    [row] = json.loads(capsys.readouterr().out)
    assert row["record_id"] == record.pk
    assert Claim.objects.get(pk=claim.pk).record_id is None  # shown, not saved


def test_a_reviewer_is_not_offered_a_record_hidden_from_them(story):
    hidden = _record("Accord réservé", confidentiality="party", restricted_to=story.party_a)
    claim = _ingest()
    client = Client()
    client.force_login(story.reviewer)
    queue = reverse("sources:claims") + "?status=pending&kind=agreement"
    page = client.get(queue).content.decode()
    assert "même que" not in page and "nouvel enregistrement" in page
    one = _api(story.reviewer).get(f"/api/v1/claims/{claim.pk}").json()
    assert one["proposal"] == "new" and one["record_id"] is None
    admin = get_admin()
    seen = _api(admin).get(f"/api/v1/claims/{claim.pk}").json()
    assert seen["record_id"] == hidden.pk  # who may see it is offered it


def get_admin():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("admin", password="pw-admin-2026")


def test_accept_all_scores_each_claim_against_the_register_as_it_is_accepted():
    claim = _ingest()  # an empty register: "a new agreement", surely
    # then a record that may or may not be the same agreement: another kind, one more sector
    doubtful = _record("Mémorandum santé et eau", kind="memorandum", sectors=("health", "water"))
    admin = get_admin()
    assert accept_all(admin, min_score=0.6).accepted == 2  # the parties only
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING  # neither a duplicate nor a guess
    assert list(Agreement.objects.all()) == [doubtful]
    assert accept_all(admin, min_score=0.3).accepted == 1
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.ACCEPTED and 0.3 <= claim.score < 0.6


def test_accept_all_weighs_the_match_with_the_readings_confidence():
    record = _record("Accord de santé Mali–Russie")
    weak = _ingest(confidence=0.5)
    sure = _ingest(confidence=0.9, text=TEXT + " Une autre dépêche.")
    admin = get_admin()
    accept_all(admin, min_score=0.6)
    weak.refresh_from_db()
    sure.refresh_from_db()
    assert weak.status == ClaimStatus.PENDING and weak.score == 0.5
    assert sure.status == ClaimStatus.MERGED and sure.record == record
    assert 0.6 <= sure.score < 0.9  # the match's score times the reading's 0.9
