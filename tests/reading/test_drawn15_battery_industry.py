"""Making batteries is an industry (SPEC: industry -> economy), not electricity: "un protocole
d'accord pour développer une chaîne de valeur régionale des batteries électriques", "a
memorandum on a regional battery value chain", «меморандум о создании производства
аккумуляторов». "électriques" made the text energy's. Batteries bought to store power stay
energy's. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "La Guinée et le Mali ont signé un protocole d'accord pour développer une chaîne de "
        "valeur régionale des batteries électriques.",
        "Ghana and Togo signed a memorandum of understanding to build a regional electric "
        "battery value chain.",
        "Армения и Беларусь подписали меморандум о создании совместного производства "
        "литий-ионных аккумуляторов.",
    ],
)
def test_a_battery_industry_text_is_economy(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["economy"]


@pytest.mark.parametrize(
    "text",
    [
        "le stockage d'énergie par batteries électriques",
        "the supply of solar batteries for the grid",
    ],
)
def test_batteries_that_store_power_stay_energy(text: str) -> None:
    assert sectors_of(text) == ["energy"]
