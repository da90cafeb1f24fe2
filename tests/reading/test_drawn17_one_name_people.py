"""One who bears one name only (many Indonesians) is a person where a communiqué writes that
name alone after an honorific and before its role: "H.E. Sugiono, Minister of Foreign
Affairs", "S.E. M. Boediono, vice-président", and speaks where the text then says "Minister
Sugiono stated". A capitalised word after an honorific with no role after it is not taken
(guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "CAIRO - The talks were co-chaired by H.E. Dr. Badr Abdelatty, Minister of Foreign "
            "Affairs of Egypt, and H.E. Sutrisno, Minister of Trade of the Republic of "
            'Indonesia.\nMinister Sutrisno stated: "We want our ships to carry more of our '
            'trade across the Red Sea."',
            "Sutrisno",
        ),
        (
            "LE CAIRE - Les entretiens ont été coprésidés par S.E. M. Badr Abdelatty, ministre "
            "des Affaires étrangères d'Égypte, et S.E. M. Sutrisno, ministre du Commerce de "
            "l'Indonésie.\nLe ministre Sutrisno a déclaré : « Nous voulons que nos navires "
            "transportent davantage de nos échanges. »",
            "Sutrisno",
        ),
    ],
)
def test_one_name_after_an_honorific_speaks(text, name):
    reading = read(text)
    assert name in {p.name for p in reading.people}
    assert [q.speaker for q in reading.quotes] == [name]


def test_an_honorific_without_a_role_names_nobody_alone():
    reading = read(
        "CAIRO - The talks were co-chaired by H.E. Dr. Badr Abdelatty, Minister of Foreign "
        "Affairs of Egypt. Thanks were given to H.E. Indonesia for its hospitality."
    )
    assert {p.name for p in reading.people} == {"Badr Abdelatty"}
