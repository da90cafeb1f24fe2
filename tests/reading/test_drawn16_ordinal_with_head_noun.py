"""An ordinal with the head noun of a body the text names, then a verb of meeting, is a
session of that body: "The fifth cabinet was held in Lima in 2023" after "the sixth
Peru-Bolivia binational cabinet", "La cinquième commission s'était tenue à Dakar", «Пятая
комиссия прошла в Москве». Sessions are numbered where the text numbers them (SPEC). A noun
that heads no body the text names ("the fifth council" beside a cabinet) is none (guard); a
"9e session" still reads as before (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "LIMA - The sixth Peru-Bolivia binational cabinet, due to meet in La Paz on April 24, "
        "has been postponed. The fifth cabinet was held in Lima in 2023.",
        "DAKAR - La sixième commission mixte sénégalo-gambienne s'ouvrira à Banjul le 24 avril "
        "2026. La cinquième commission s'était tenue à Dakar en 2023.",
        "МОСКВА - Шестая российско-малийская комиссия пройдёт в Бамако 24 апреля 2026 года. "
        "Пятая комиссия прошла в Москве в 2023 году.",
    ],
)
def test_the_fifth_of_the_body(text):
    numbers = {s.number: s.start for s in read(text).sessions}
    assert numbers.get(5) == "2023"
    assert 6 in numbers


def test_a_noun_of_no_named_body_is_no_session():
    reading = read(
        "LIMA - The sixth Peru-Bolivia binational cabinet will meet in La Paz on April 24, "
        "2026. The fifth council was held in Lima in 2023."
    )
    assert [s.number for s in reading.sessions] == [6]


def test_a_numbered_session_opening_its_sentence():
    reading = read(
        "BUJUMBURA - La 8e session de la commission mixte burundo-tanzanienne s'est tenue à "
        "Bujumbura le 9 mars 2026. La 9e session se tiendra à Dodoma en 2028."
    )
    assert {s.number for s in reading.sessions} == {8, 9}
