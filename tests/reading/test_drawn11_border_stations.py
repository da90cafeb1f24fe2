"""A railway station at the border is transport, and border control the police's work, the
customs' and the passage of traffic: "les gares frontalières", "joint border controls", «пограничный контроль»
(eleventh draw, drawD21). Invented phrases, fr/en/ru."""

from __future__ import annotations

import pytest

from suivi.reading.sectors import sectors_of

CASES = [
    ("un accord sur les gares frontalières de Dimitrovgrad", {"transport"}),
    ("la convention sur la gare internationale de Kapikule", {"transport"}),
    (
        "l'accord sur les contrôles frontaliers communs dans les gares de Subotica et Kelebija",
        {"security", "trade", "transport"},
    ),
    ("an agreement on joint border controls at Horgos", {"security", "trade", "transport"}),
    ("a protocol on border railway stations", {"transport"}),
    ("соглашение о совместном пограничном контроле", {"security", "trade", "transport"}),
    ("соглашение о пограничных железнодорожных станциях", {"transport"}),
]


@pytest.mark.parametrize(("phrase", "sectors"), CASES, ids=range(len(CASES)))
def test_border_stations_and_controls(phrase, sectors):
    assert set(sectors_of(phrase)) == sectors
