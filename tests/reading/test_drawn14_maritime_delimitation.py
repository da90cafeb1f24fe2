"""Drawing the sea's spaces between two states is a matter between states (SPEC: diplomacy,
as drawing a land border already was), not shipping: "the delimitation of maritime areas",
"la délimitation des espaces maritimes", «разграничение морских пространств», the continental
shelf and the exclusive economic zone too. A bare «разграничение» (of powers) is none, and
maritime transport stays transport. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Латвия и Литва подписали договор о разграничении морских пространств.",
        "Азербайджан и Туркмения подписали соглашение о делимитации морских зон.",
        "Kenya and Somalia signed an agreement on the delimitation of maritime areas.",
        "Ghana and Togo signed a treaty on the delimitation of the continental shelf.",
        "Le Gabon et la Guinée équatoriale ont signé un traité sur la délimitation des "
        "espaces maritimes.",
        "Le Sénégal et la Gambie ont signé un accord sur la délimitation de la zone "
        "économique exclusive.",
    ],
)
def test_maritime_delimitation_is_diplomacy(text):
    assert _sectors(text) == [["diplomacy"]]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Ghana and Togo signed an agreement on maritime transport.", ["transport"]),
        (
            "Латвия и Литва подписали соглашение о морских перевозках.",
            ["transport"],
        ),
    ],
)
def test_sea_transport_stays_transport(text, sectors):
    assert _sectors(text) == [sectors]
