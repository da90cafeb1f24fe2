"""Sector words the lexicon lacked: radiopharmaceuticals and nuclear medicine are both
`nuclear` and `health`; the power sector, power trade and power transmission are `energy`
(SPEC: electricity is energy). Invented phrases."""

from __future__ import annotations

import pytest

from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "phrase",
    [
        "контракт на поставку оборудования для радиофармацевтического завода",
        "соглашение о производстве радиофармпрепаратов в Ташкенте",
        "a contract for a radiopharmaceutical laboratory in Accra",
        "un accord sur la production de produits radiopharmaceutiques",
        "an agreement on radio-pharmaceuticals for cancer care",
    ],
)
def test_radiopharmaceuticals_are_nuclear_and_health(phrase):
    assert {"nuclear", "health"} <= set(sectors_of(phrase))


@pytest.mark.parametrize(
    "phrase",
    [
        "a memorandum of understanding on cooperation in the power sector",
        "a deal on power imports from Laos",
        "cooperation between the power sectors of both countries",
        "a memorandum on power interconnections in the region",
        "a framework for power exports to Pakistan",
    ],
)
def test_the_power_sector_is_energy(phrase):
    assert "energy" in sectors_of(phrase)
