"""State names that are also given names or surnames ("Jordan", "Georgia", "Maurice", "Chili")
were left out of the gazetteer, so "Jordan and Iraq signed …" had one side; now they are the
state where no other capitalised word stands beside them. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading import gazetteer


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Jordan and Iraq signed an agreement on trade.", ["IRQ", "JOR"]),
        ("Georgia and Armenia signed an agreement on transport.", ["ARM", "GEO"]),
        ("Le Chili et le Pérou ont signé un accord sur la pêche.", ["CHL", "PER"]),
        ("L'Inde et Maurice ont signé un accord sur la sécurité maritime.", ["IND", "MUS"]),
    ],
)
def test_the_state_is_a_side(text, sides):
    assert agreement_sides(text) == [sides]


@pytest.mark.parametrize(
    ("text", "lang", "codes"),
    [
        ("Michael Jordan visited Amman. Jordan Bardella spoke in Paris.", "en", ["JOR", "FRA"]),
        ("Maurice Kamto et Maurice Bandaman sont arrivés à Dakar.", "fr", ["SEN"]),
        ("In Jordan, water from the Jordan River is short.", "en", ["JOR"]),
    ],
)
def test_a_person_s_or_a_river_s_name_is_no_state(text, lang, codes):
    assert [m.code for m in gazetteer.find_mentions(text, lang)] == codes
