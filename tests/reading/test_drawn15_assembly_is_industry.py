"""Assembling goods is industry (SPEC: industry -> economy): «контракт на поставку
машинокомплектов для сборки грузовиков», "a contract for truck assembly kits", "un contrat
pour l'assemblage de camions". Trucks made the text transport alone, which the assembly
does not say; the assembly words (сборка, сборочное производство, машинокомплекты, assembly
kits/plants/lines, assemblage, usine de montage) add economy. A contract to carry goods by
truck stays transport alone (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Ташкент, 3 марта. КАМАЗ и Узавтосаноат подписали контракт на поставку "
        "машинокомплектов для сборки грузовиков.",
        "Tashkent, 3 March. KAMAZ and Uzavtosanoat signed a contract for the supply of "
        "assembly kits for trucks.",
        "Tachkent, 3 mars. KAMAZ et Uzavtosanoat ont signé un contrat pour l'assemblage de "
        "camions à Djizak.",
    ],
)
def test_assembly_is_economy(text):
    (agreement,) = read(text).agreements
    assert "economy" in agreement.sectors
    assert "transport" in agreement.sectors


def test_carrying_by_truck_stays_transport():
    (agreement,) = read(
        "Tashkent, 3 March. KAMAZ and Uzavtosanoat signed a contract for the supply of 300 "
        "trucks to the regions."
    ).agreements
    assert agreement.sectors == ["transport"]
