"""Calibrated confidence: the review queue sorts claims by it, so it must keep the
evidence's order within a kind and put a kind that is often wrong below one that is not."""

from __future__ import annotations

from suivi.reading import confidence
from suivi.reading.calibration_data import CURVES
from suivi.reading.model import Agreement, Person, Reading


def test_every_kind_of_fact_has_a_fitted_curve():
    assert set(CURVES) == set(confidence.KINDS)


def test_stronger_evidence_is_never_less_sure():
    for kind in confidence.KINDS:
        values = [confidence.calibrated(kind, x / 20) for x in range(1, 20)]
        assert values == sorted(values)
        assert all(confidence.FLOOR <= v <= confidence.CEILING for v in values)


def test_calibration_replaces_the_evidence_score_of_every_fact():
    reading = Reading(
        people=[Person("Assimi Goïta", confidence=0.9)],
        agreements=[Agreement("agreement", "un accord a été signé", confidence=0.9)],
    )
    confidence.calibrate(reading)
    assert reading.people[0].confidence == confidence.calibrated("people", 0.9)
    # agreements were right less often than people on dev: the same evidence is less sure
    assert reading.agreements[0].confidence < reading.people[0].confidence
