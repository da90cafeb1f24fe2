"""Drawn documents of session 32 (drawC32): a state's office after its possessive beside a
company, a hyphenated "Inter-Governmental" commission, domains a nuclear plant, potash, a
soil's fertility and armed forces' logistics name, and an unnamed speaker opened by "One". Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "In March 2019, Ghana's Nuclear Power Plants Authority and Rosatom signed a "
            "contract for the supply of fuel.",
            {"GHA", "Rosatom"},
        ),
        (
            "In May 2021, Morocco's Solar Power Stations Authority and Sinohydro signed a "
            "contract for the construction of a plant.",
            {"MAR", "Sinohydro"},
        ),
    ],
)
def test_state_office_after_possessive_beside_company_is_the_state(
    text: str, sides: set[str]
) -> None:
    reading = _read(text)
    assert [set(a.parties) for a in reading.agreements] == [sides]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ghana and Turkey on Monday held the 4th session of the Ghana-Turkey "
            "Inter-Governmental Commission on Defence Cooperation in Accra. The 5th session "
            "will take place in Ankara in 2027.",
            "Ghana-Turkey Inter-Governmental Commission on Defence Cooperation",
        ),
        (
            "Peru and Chile held the 2nd meeting of the Peru-Chile Inter-governmental "
            "Committee on Economic Cooperation in Lima. The 3rd meeting will be held in Santiago next year.",
            "Peru-Chile Inter-governmental Committee on Economic Cooperation",
        ),
    ],
)
def test_hyphenated_intergovernmental_body(text: str, name: str) -> None:
    reading = _read(text)
    assert [b.name for b in reading.bodies] == [name]
    assert len(reading.sessions) == 2


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("an agreement on the operation of a nuclear power plant", ["nuclear"]),
        ("un accord sur l'exploitation d'une centrale nucléaire", ["nuclear"]),
        ("соглашение об эксплуатации атомной электростанции", ["nuclear"]),
        ("a contract for the supply of 500,000 tonnes of potash", ["agriculture"]),
        ("un contrat de fourniture de potasse", ["agriculture"]),
        ("контракт на поставку хлористого калия", ["agriculture"]),
        ("un accord relatif à la cartographie de la fertilité des sols", ["agriculture"]),
        ("a memorandum on soil fertility mapping", ["agriculture"]),
        ("the Mutual Logistics Support Agreement", ["defence"]),
        ("an agreement on the reciprocal exchange of logistics support", ["defence"]),
    ],
)
def test_domains_of_plants_fertilisers_soils_and_military_logistics(
    phrase: str, sectors: list[str]
) -> None:
    assert sectors_of(phrase) == sectors


@pytest.mark.parametrize(
    "text",
    [
        'One Kenyan official involved in the talks said: "Everything is agreed except the '
        'money." Kenya and Uganda signed a trade agreement.',
        'One Ghanaian diplomat, who asked not to be named, said: "The text is ready." Ghana '
        "and Togo signed a transport agreement.",
    ],
)
def test_unnamed_official_is_no_person(text: str) -> None:
    reading = _read(text)
    assert reading.people == []
    assert all(q.speaker is None for q in reading.quotes)
