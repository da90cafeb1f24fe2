"""Sector words the reader misread on the seventh random draw (session 19, drawC19).

Invented sentences: Russian «выдача» is extradition only when persons are handed over (the
issuing of loans or visas, a power plant's output «выдача мощности» are not justice); a
project "near the border" is placed there, it is no border security; the living resources
of waters and seas («водные биологические ресурсы», "aquatic biological resources",
"ressources biologiques aquatiques") are fisheries, not water supply.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("о проекте солнечной станции с выдачей мощности в сеть", ["energy"]),
        ("о выдаче кредитов малым предприятиям", ["economy"]),
        ("about the plant's power output to the grid", ["energy"]),
        ("sur l'évacuation de la puissance de la centrale", ["energy"]),
    ],
)
def test_issuing_and_power_output_are_not_extradition(phrase: str, expected: list[str]) -> None:
    assert sectors_of(phrase) == expected


@pytest.mark.parametrize(
    "phrase",
    ["о выдаче лиц для уголовного преследования", "договор о выдаче"],
)
def test_extradition_stays_justice(phrase: str) -> None:
    assert sectors_of(phrase) == ["justice"]


@pytest.mark.parametrize(
    "text",
    [
        "Министры энергетики Мали и Нигера подписали соглашение о строительстве ветровой "
        "электростанции у малийско-нигерской границы.",
        "The energy ministers of Mali and Niger signed an agreement on building a wind farm "
        "near the Mali-Niger border.",
        "Les ministres de l'Énergie du Mali et du Niger ont signé un accord sur la "
        "construction d'une centrale éolienne près de la frontière nigéro-malienne.",
    ],
)
def test_a_project_near_the_border_is_no_border_security(text: str) -> None:
    reading = read(text)
    assert [a.sectors for a in reading.agreements] == [["energy"]]


@pytest.mark.parametrize(
    "text",
    [
        "Мавритания и Сенегал подписали соглашение о сохранении водных биологических ресурсов "
        "реки Сенегал.",
        "Mauritania and Senegal signed an agreement on the conservation of aquatic biological "
        "resources of the Senegal River.",
        "La Mauritanie et le Sénégal ont signé un accord sur la conservation des ressources "
        "biologiques aquatiques du fleuve Sénégal.",
    ],
)
def test_living_resources_of_waters_are_fisheries(text: str) -> None:
    reading = read(text)
    assert [a.sectors for a in reading.agreements] == [["agriculture"]]
