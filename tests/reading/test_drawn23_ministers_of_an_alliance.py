"""An organisation whose ministers act is a party of the story, however seldom it is named:
"les ministres des Finances de l'AES planchent sur une convention commune", "the foreign
ministers of ECOWAS met in Abuja", "ECOWAS finance ministers agreed ...". A membership
named in passing stays none (guard). Sentences written for these tests.
"""

from __future__ import annotations

from suivi.reading.pipeline import read


def test_french_ministers_of_the_alliance_make_it_act() -> None:
    text = (
        "Le Niger a dénoncé sa convention fiscale avec la France. Mais les ministres des "
        "Finances de l'AES planchent sur une convention fiscale commune aux trois pays, qui "
        "pourrait être signée l'an prochain par le Burkina Faso, le Mali et le Niger."
    )
    assert "AES" in read(text, "a.txt").parties


def test_english_ministers_of_the_community_make_it_act() -> None:
    text = (
        "Ghana and Togo signed a memorandum on the coastal highway on Monday. ECOWAS finance "
        "ministers are preparing a common framework for road tolls, officials said."
    )
    assert "ECOWAS" in read(text, "a.txt").parties


def test_membership_in_passing_is_no_party() -> None:
    text = (
        "Ghana, a member of ECOWAS, signed a memorandum on the coastal highway with Togo on "
        "Monday in Accra."
    )
    assert "ECOWAS" not in read(text, "a.txt").parties
