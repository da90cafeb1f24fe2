"""A state or a city named inside the name of a route, a railway, a pipeline, a bridge or a
border crossing ("the Dar es Salaam-Kigali railway", "le corridor Lomé-Niamey", «мост
Казахстан — Китай») is where the project runs: no side of what is signed about it, and no
actor of the story. The same state acting elsewhere stays a side.

SPEC: top-level parties act (sign, meet, host, support, receive); an agreement's parties are
the sides bound by it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading import gazetteer, routes
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DP World signed a memorandum with Kenya's Ministry of Roads on a logistics "
            "park along the Nairobi-Kampala-Uganda corridor.",
            ["DP World", "KEN"],
        ),
        (
            "Burundi signed an agreement with Rwanda on the Dar es Salaam-Tanzania standard-gauge "
            "railway.",
            ["BDI", "RWA"],
        ),
        (
            "Le Niger et le Bénin ont signé un protocole sur le corridor Cotonou-Niamey-Mali.",
            ["BEN", "NER"],
        ),
        (
            "Namibia and Zambia signed an agreement on the Botswana border crossing at Kazungula.",
            ["NAM", "ZMB"],
        ),
        (
            "Узбекистан и Таджикистан подписали соглашение о строительстве моста Узбекистан — "
            "Афганистан.",
            ["TJK", "UZB"],
        ),
    ],
)
def test_place_in_a_route_name_is_no_side(text, expected):
    assert agreement_sides(text) == [expected]


def test_place_in_a_route_name_does_not_act():
    text = (
        "Angola and Zambia signed an agreement on the Lobito corridor on Monday. The two "
        "states will upgrade the Zambia-Congo railway and the Congo-Angola road, the "
        "ministers said."
    )
    assert "COG" not in read(text).parties


@pytest.mark.parametrize(
    "text",
    [
        # a body named after the route stands for its state (SPEC: institutions)
        "Kenya signed an agreement with the Tanzania-Zambia Railway Authority.",
        # the road to a state, a state's road: no route's name
        "The road to Ghana is long.",
        "Le Mali a signé un accord sur la route du Mali.",
        # the state is the subject, the route comes later in the clause
        "Tanzania signed a railway deal with China.",
    ],
)
def test_no_route_name(text):
    lang = "fr" if "accord" in text else "en"
    first = next(m for m in gazetteer.find_mentions(text, lang) if m.kind == "name")
    assert not routes.in_route_name(text, first)


def test_state_acting_elsewhere_stays_a_side():
    text = (
        "Ethiopia and Djibouti signed an agreement on the Addis Ababa-Djibouti railway on Tuesday."
    )
    assert agreement_sides(text) == [["DJI", "ETH"]]
