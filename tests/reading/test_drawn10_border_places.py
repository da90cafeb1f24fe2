"""Where a text applies at the border is no border security (tenth draw, drawD20): customs at
border posts, health in border provinces. Invented phrases, fr/en/ru."""

from __future__ import annotations

import pytest

from suivi.reading.sectors import sectors_of

CASES = [
    ("un mémorandum sur la simplification douanière aux postes-frontières du nord", ["trade"]),
    ("a memorandum on faster customs clearance at their border crossings", ["trade"]),
    ("меморандум об ускорении таможенного оформления в пунктах пропуска", ["trade"]),
    ("un protocole sur la vaccination dans les districts frontaliers", ["health"]),
    ("a protocol on vaccination in the border provinces", ["health"]),
    ("протокол о вакцинации в приграничных провинциях", ["health"]),
]


@pytest.mark.parametrize(("phrase", "sectors"), CASES)
def test_the_border_as_a_place_adds_no_sector(phrase, sectors):
    assert sectors_of(phrase) == sectors


@pytest.mark.parametrize(
    "phrase",
    [
        "un accord sur la surveillance des frontières",
        "an agreement on border security",
        "соглашение об охране границы",
    ],
)
def test_the_border_guarded_stays_security(phrase):
    assert sectors_of(phrase) == ["security"]
