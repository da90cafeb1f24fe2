"""States named as the press names them. Names that are also given names or surnames
("Jordan", "Georgia", "Maurice", "Chili") were left out of the gazetteer, so "Jordan and Iraq
signed …" had one side; now they are the state where no other capitalised word stands beside
them. Short names and acronyms pycountry lacks ("DPRK", «КНДР», "Holy See", "Bosnia") are
states too. Sentences invented for these tests."""

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


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("The DPRK signed an agreement.", "en", "PRK"),
        ("КНДР подписала соглашение.", "ru", "PRK"),
        ("The KSA signed an agreement.", "en", "SAU"),
        ("The Holy See signed an agreement.", "en", "VAT"),
        ("Le Vatican a signé un accord.", "fr", "VAT"),
        ("Bosnia signed an agreement.", "en", "BIH"),
        ("La Grande-Bretagne a signé un accord.", "fr", "GBR"),
        ("L'Iraq a signé un accord.", "fr", "IRQ"),
        ("Le Suriname a signé un accord.", "fr", "SUR"),
        ("Бруней подписал соглашение.", "ru", "BRN"),
        ("Молдова подписала соглашение.", "ru", "MDA"),
        ("Тимор-Лесте подписал соглашение.", "ru", "TLS"),
        ("Россия подписала соглашение с Филиппинами.", "ru", "PHL"),
    ],
)
def test_names_the_press_writes_for_a_state(text, lang, code):
    """Short names, acronyms and spellings that pycountry's names lack."""
    assert code in [m.code for m in gazetteer.find_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("The Swazi minister arrived.", "en", "SWZ"),
        ("The Motswana minister arrived.", "en", "BWA"),
        ("A Kazakhstani company signed.", "en", "KAZ"),
        ("La ministre lésothienne est arrivée.", "fr", "LSO"),
    ],
)
def test_adjectives_the_press_writes_for_a_state(text, lang, code):
    assert [m.code for m in gazetteer.find_mentions(text, lang)] == [code]
