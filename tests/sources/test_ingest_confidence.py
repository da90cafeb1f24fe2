"""The reading's confidence in a fact scales its claim's score, so the review queue and
`accept-all --min-score` put weakly read facts last."""

from __future__ import annotations

import pytest

from suivi.sources.ingest import ingest_reading
from suivi.sources.models import Claim
from tests.sources.readings import agreement, reading

pytestmark = pytest.mark.django_db


def test_a_weakly_read_agreement_scores_below_a_well_read_one():
    text = "Le Mali et la Russie ont signé un accord sur l'énergie. Un accord sur l'eau pourrait suivre."
    sure = agreement(text.split(". ")[0] + ".", sectors=["energy"], confidence=0.9)
    weak = agreement(text.split(". ")[1], sectors=["water"], confidence=0.4)
    ingest_reading(reading(text, agreements=[sure, weak]))
    scores = {c.facts["sectors"][0]: c.score for c in Claim.objects.filter(kind="agreement")}
    assert scores["energy"] > scores["water"]
    assert scores["water"] <= 0.4


def test_a_reading_without_confidence_keeps_the_match_score():
    text = "Le Mali et la Russie ont signé un accord sur l'énergie."
    ingest_reading(reading(text, agreements=[agreement(text, sectors=["energy"])]))
    assert Claim.objects.get(kind="agreement").score == 1.0
