"""A state's region signs and hosts for its state (drawA22).

Regional governments sign agreements with foreign regions and states («Правительство
Свердловской области», "the Tyumen Region", "la région de Kaliningrad", «Республика
Татарстан»); SPEC makes a state's institutions, local governments among them, stand for their
state. The Russian press names the regions of Russia and of its neighbours as adjective and noun
(«Самаркандская область»), in any case. A region is also a place: where only a meeting is held
there, its state is no party (the region is a seat, as a capital is). Invented sentences: the
region's state is a side and a party; guards: a region as the place of a signing between two
other states, and the Altai mountains, name no side.
"""

from __future__ import annotations

import pytest

from suivi.reading.gazetteer import find_mentions
from suivi.reading.pipeline import read

_SIGNED = {
    "ru": "Правительство Новосибирской области и хокимият Ферганской области подписали "
    "соглашение о сотрудничестве в области туризма.",
    "en": "The Tyumen Region signed a memorandum on agricultural cooperation with the Kenyan "
    "county of Nakuru.",
    "fr": "La région de Kaliningrad et la région sénégalaise de Thiès ont signé un accord de "
    "coopération dans le domaine de la pêche.",
    "ru-republic": "Республика Башкортостан и провинция Ляонин Китая подписали меморандум о "
    "сотрудничестве в сфере образования.",
}
_SIDES = {
    "ru": ["RUS", "UZB"],
    "en": ["KEN", "RUS"],
    "fr": ["RUS", "SEN"],
    "ru-republic": ["CHN", "RUS"],
}


@pytest.mark.parametrize("case", sorted(_SIGNED))
def test_a_region_signs_for_its_state(case: str) -> None:
    reading = read(_SIGNED[case])
    assert [sorted(a.parties) for a in reading.agreements] == [_SIDES[case]]
    assert sorted(reading.parties) == _SIDES[case]


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("губернатор Краснодарского края", "ru", "RUS"),
        ("делегация Туркестанской области", "ru", "KAZ"),
        ("в Гродненской области", "ru", "BLR"),
        ("the Chelyabinsk Region", "en", "RUS"),
        ("l'oblast de Tomsk", "fr", "RUS"),
    ],
)
def test_regions_in_any_case(text: str, lang: str, code: str) -> None:
    assert [m.code for m in find_mentions(text, lang)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "В Пермском крае министры Ганы и Того подписали соглашение о торговле.",
        "In the Krasnodar Krai, the ministers of Ghana and Togo signed an agreement on trade.",
        "Dans la région de Samara, les ministres du Ghana et du Togo ont signé un accord sur le "
        "commerce.",
    ],
)
def test_a_region_as_a_place_is_no_side(text: str) -> None:
    reading = read(text)
    assert [sorted(a.parties) for a in reading.agreements] == [["GHA", "TGO"]]
    assert "RUS" not in reading.parties


def test_the_altai_mountains_name_no_state() -> None:
    assert find_mentions("туристы в горах Алтая", "ru") == []
