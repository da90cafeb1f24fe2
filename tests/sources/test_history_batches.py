"""History entries inserted by batches (`core.history.batched`), with citations read by
batches (`sources.citing`), are the entries written one by one: same rows, same links,
same order; and a failure drops only what it rolled back."""

from __future__ import annotations

import contextlib

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from suivi.core.history import batched
from suivi.parties.models import Person
from suivi.sources import citing, records, review
from suivi.sources.ingest import ingest_reading
from suivi.sources.models import Claim, ClaimStatus
from tests.sources.readings import agreement, reading

pytestmark = pytest.mark.django_db

SIGNED = "Le 3 mars 2024, le Mali et la Russie ont signé un accord sur la santé."
RATIFIED = "Le Mali a ratifié le 5 mai 2024 l'accord de santé signé avec la Russie."
SESSION = "La 4e session de la commission du fleuve s'est tenue à Niamey. "


@pytest.fixture
def reviewer():
    return get_user_model().objects.create_user("relectrice", password="x", is_superuser=True)


def _ingest() -> None:
    """Parties, people with roles, a body, agreements signed then ratified (a merge),
    a quote, and a session whose commission is missing (refused: its batch is rerun)."""
    ingest_reading(
        reading(
            SESSION + SIGNED,
            parties=["MLI", "RUS"],
            people=[{"name": "Sergueï Lavrov", "role": "ministre", "party": "RUS"}],
            agreements=[
                agreement(
                    SIGNED, sectors=["health"], date="2024-03-03", signatories=["Sergueï Lavrov"]
                )
            ],
            bodies=[{"name": "commission mixte Mali–Russie", "parties": ["MLI", "RUS"]}],
            sessions=[{"body": "commission du fleuve Niger", "number": 4}],
            quotes=[{"speaker": "Abdoulaye Diop", "text": "Un jalon.", "evidence": SIGNED}],
        )
    )
    ingest_reading(
        reading(
            RATIFIED,
            parties=["MLI", "RUS"],
            agreements=[
                agreement(RATIFIED, sectors=["health"], status="ratified", date="2024-05-05")
            ],
        )
    )


def _history_models() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if m._meta.db_table.split("_", 1)[-1].startswith("hist")]


def _referenced(model, field, row) -> type[models.Model] | None:
    """The model whose ids `field` holds: its own for its key, a foreign key's, the
    tracked model's for `id`, a citation's record type's for `record_id`."""
    if field.attname == "record_id" and hasattr(row, "record_type_id"):
        return ContentType.objects.get_for_id(row.record_type_id).model_class()
    if field.primary_key:
        return model
    if field.is_relation:
        return field.related_model
    if field.attname == "id" and hasattr(model, "instance_type"):
        return model.instance_type
    return None


def _snapshot(before: dict) -> dict:
    """Every history row written since `before` (the highest id of each table then), each
    id replaced by its rank among the rows of its table made since: the same run, redone
    after a rollback, gives the same snapshot on SQLite and on PostgreSQL (whose sequences
    do not roll back, and skip the ids of a rolled-back batch's rows)."""
    rank = {}
    for model, top in before.items():
        made = model._default_manager.filter(pk__gt=top).order_by("pk").values_list("pk", flat=True)
        rank[model] = {pk: index for index, pk in enumerate(made)}

    def relative(target, value):
        return value if target is None else rank.get(target, {}).get(value, value)

    snapshot = {}
    for model in _history_models():
        rows = model._default_manager.filter(pk__gt=before[model]).order_by("pk")
        # Not the times (history_date, reviewed_at, created_at...): each run has its own.
        fields = [f for f in model._meta.concrete_fields if not isinstance(f, models.DateTimeField)]
        snapshot[model._meta.label] = [
            tuple(relative(_referenced(model, f, row), getattr(row, f.attname)) for f in fields)
            for row in rows
        ]
    return snapshot


def _tops() -> dict:
    tops = {}
    for model in apps.get_models(include_auto_created=True):  # link tables too
        tops[model] = model._default_manager.aggregate(top=models.Max("pk"))["top"] or 0
    return tops


def _accepted_history(reviewer, by_batch: bool) -> tuple[dict, list]:
    """The history an accept-all files, rolled back afterwards; not `by_batch`: each entry
    written as it is made and the citations read a claim at a time, as before batches."""
    with transaction.atomic():
        before = _tops()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(review, "ACCEPT_BATCH", 3)  # several batches, one of them rerun
            if not by_batch:
                patch.setattr(review, "batched", contextlib.nullcontext)
                patch.setattr(citing, "read_once", lambda _sources: contextlib.nullcontext())
            outcome = review.accept_all(reviewer, min_score=0)
        snapshot = _snapshot(before)
        statuses = sorted(Claim.objects.values_list("kind", "status"))
        transaction.set_rollback(True)
    return snapshot, [outcome.accepted, len(outcome.failed), statuses]


def test_batched_history_holds_the_rows_written_one_by_one(reviewer):
    _ingest()
    batched_rows, batched_outcome = _accepted_history(reviewer, by_batch=True)
    one_by_one, one_by_one_outcome = _accepted_history(reviewer, by_batch=False)
    assert batched_outcome == one_by_one_outcome
    assert batched_outcome[1] == 1  # the session, refused
    assert batched_rows == one_by_one
    assert len(batched_rows["agreements.HistoricalAgreement"]) == 2  # signed, then ratified
    assert batched_rows["agreements.HistoricalAgreement_signatories"]
    assert batched_rows["commissions.HistoricalCommission_agreements"]  # linked by citations


def test_a_failure_mid_run_keeps_the_batches_committed_before_it(reviewer, monkeypatch):
    _ingest()
    monkeypatch.setattr(review, "ACCEPT_BATCH", 2)
    apply = records.apply

    def failing(claim, record=None):
        if claim.kind == "agreement":  # the fourth batch: four parties, a person and a body before
            raise RuntimeError("coupure")
        return apply(claim, record)

    monkeypatch.setattr(records, "apply", failing)
    with pytest.raises(RuntimeError):
        review.accept_all(reviewer, min_score=0)
    done = Claim.objects.exclude(status=ClaimStatus.PENDING)
    assert sorted(done.values_list("kind", flat=True)) == ["body", *["party"] * 4, "person"]
    for claim in done:
        assert claim.history.first().history_type == "~"  # its decision, filed
        if claim.status == ClaimStatus.ACCEPTED:  # merged parties are the seeded ones
            assert claim.record.history.exists()
        assert claim.citations.get().history.count() == 1
    for claim in Claim.objects.filter(status=ClaimStatus.PENDING):
        assert claim.history.count() == 1  # only its ingest: the failed batch left nothing


def test_a_nested_block_that_fails_drops_only_its_own_entries():
    with batched():
        kept = Person.objects.create(name="Aminata Touré")
        assert not kept.history.exists()  # written as the outer block ends
        with pytest.raises(ValueError), transaction.atomic(), batched():
            Person.objects.create(name="Moussa Faki")
            raise ValueError
    assert [p.history.count() for p in Person.objects.all()] == [1]
    assert kept.history.get().history_type == "+"
