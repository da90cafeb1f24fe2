"""A works named by its city and what it makes is a company, without initials or a legal form:
«Уральский турбинный завод заключил контракт …», «с Кировским машиностроительным заводом»,
"the Ural Turbine Works signed …" (SPEC: a company is a party of its own, by the name it writes
itself in Latin script where known: «Минский тракторный завод» is Minsk Tractor Works). A
state's adjective there («Казахстанский … комбинат») stays the state; "Public Works" is a
ministry's portfolio; «Новый завод» names none. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> list[frozenset[str]]:
    return [frozenset(a.parties) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Уральский турбинный завод заключил с министерством энергетики Вьетнама контракт на "
            "поставку турбин.",
            {"Uralskiy Turbinnyy Zavod", "VNM"},
        ),
        (
            "Министерство транспорта Египта подписало контракт с Кировским машиностроительным "
            "заводом на поставку локомотивов.",
            {"Kirovskiy Mashinostroitelnyy Zavod", "EGY"},
        ),
        (
            "Минский моторный завод заключил с правительством Никарагуа контракт на поставку "
            "двигателей.",
            {"Minsk Motor Plant", "NIC"},
        ),
        (
            "The Ural Turbine Works signed a contract with Vietnam's Ministry of Energy for the "
            "supply of turbines.",
            {"Ural Turbine Works", "VNM"},
        ),
        (
            "Nicaragua's Ministry of Agriculture signed a contract with the Minsk Tractor Works "
            "for 200 tractors.",
            {"Minsk Tractor Works", "NIC"},
        ),
    ],
)
def test_works_is_a_company(text, sides):
    assert _sides(text) == [frozenset(sides)]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Казахстанский металлургический комбинат заключил контракт с Индией на поставку стали.",
            {"KAZ", "IND"},
        ),
        (
            "Kenya's Ministry of Public Works and the Ugandan Ministry of Works signed an "
            "agreement on roads.",
            {"KEN", "UGA"},
        ),
        (
            "Новый завод заключил с министерством энергетики Вьетнама и Лаоса контракт на поставку "
            "турбин.",
            {"VNM", "LAO"},
        ),
    ],
)
def test_near_misses_stay_as_they_are(text, sides):
    assert _sides(text) == [frozenset(sides)]
