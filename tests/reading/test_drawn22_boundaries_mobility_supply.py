"""Sector words the reader missed on drawn documents (session 27, drawF27).

Each test holds sentences invented for it (states real, texts made up, in press style): a
maritime boundary agreement draws a line between states (diplomacy, like the demarcation of a
land border), while guarding that border stays security; a working holiday or youth mobility
scheme is the movement of people (migration); supply chains are trade and the economy.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a Ghana-Togo maritime boundary agreement was still under negotiation.",
        "Le Gabon et la Guinée équatoriale ont signé un accord sur leur frontière maritime.",
        "Россия и Норвегия подписали соглашение о морской границе.",
    ],
)
def test_maritime_boundary_is_diplomacy(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["diplomacy"]


@pytest.mark.parametrize(
    "phrase",
    [
        "on the surveillance of maritime borders",
        "maritime border security",
        "sur la surveillance des frontières maritimes",
        "об охране морской границы",
    ],
)
def test_guarding_the_maritime_border_stays_security(phrase: str) -> None:
    assert sectors_of(phrase) == ["security"]


@pytest.mark.parametrize(
    "text",
    [
        "Australia and Peru signed an agreement on a working holiday program for young people.",
        "La France et le Chili ont signé un accord relatif au programme vacances-travail.",
        "Россия и Япония подписали соглашение о программе «рабочие каникулы».",
        "Canada and Korea signed an arrangement on youth mobility.",
    ],
)
def test_working_holiday_is_migration(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["migration"]


@pytest.mark.parametrize(
    "phrase",
    [
        "a memorandum on early warning of supply chain disruptions",
        "un protocole sur la résilience des chaînes d'approvisionnement",
        "меморандум об устойчивости цепочек поставок",
    ],
)
def test_supply_chains_are_trade_and_economy(phrase: str) -> None:
    assert sectors_of(phrase) == ["trade", "economy"]
