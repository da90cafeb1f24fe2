"""A plant measured in power is a power plant (SPEC: energy): "the contract for the
83-megawatt plant", "le contrat de la centrale de 50 MW", «контракт на строительство станции
мощностью 100 МВт». The construction word alone made them infrastructure. A road contract
stays infrastructure (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "TanGen and SINOEL signed the engineering and construction contract for the "
        "83-megawatt plant in Naivasha.",
        "La SENELEC et la société SINOEL ont signé le contrat de construction de l'usine de "
        "50 MW à Kaolack.",
        "Компании ОМК и ТМК подписали контракт на строительство станции мощностью 100 МВт в "
        "Ташкенте.",
    ],
)
def test_plant_in_megawatts_is_energy(text):
    (agreement,) = read(text).agreements
    assert "energy" in agreement.sectors


def test_road_contract_stays_infrastructure():
    (agreement,) = read(
        "TanGen and SINOEL signed the construction contract for the 83-kilometre road to Naivasha."
    ).agreements
    assert "energy" not in agreement.sectors
