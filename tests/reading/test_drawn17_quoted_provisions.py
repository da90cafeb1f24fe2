"""A text's provision quoted by those who recall it is the text's, not theirs (SPEC: a
quotation of a document has speaker null): "They recalled its provision that «…»", "Article 3
provides that «…»", "L'accord prévoit que « … »", «Статья 5 предусматривает, что «…»». A
person who says the words himself keeps them (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI - President William Ruto of Kenya received President Yoweri Museveni of Uganda. "
        "The two Presidents recalled the Treaty on the Northern Corridor and in particular its "
        'provision that "the Parties shall remove all barriers to the transit of goods along the '
        'corridor and harmonise their border procedures."',
        "NAIROBI - President William Ruto of Kenya received President Yoweri Museveni of Uganda. "
        'President Ruto noted that Article 3 of the treaty provides that "each Party shall grant '
        'the goods of the other Party free transit across its territory without delay."',
        "DAKAR - Le président Bassirou Diomaye Faye a reçu le président Adama Barrow. Le président "
        "Faye a rappelé que l'accord de 2019 prévoit que « chaque Partie accorde aux "
        "ressortissants de l'autre Partie le libre accès à son territoire sans visa ».",
        "МОСКВА - Министр иностранных дел России Сергей Лавров принял министра Мали Абдулая Диопа. "
        "Сергей Лавров напомнил, что статья 5 договора предусматривает, что «стороны принимают "
        "все необходимые меры для защиты инвестиций другой стороны на своей территории».",
    ],
)
def test_a_quoted_provision_has_no_speaker(text):
    quotes = read(text).quotes
    assert quotes and all(q.speaker is None for q in quotes)


def test_a_person_saying_the_words_keeps_them():
    reading = read(
        "NAIROBI - President William Ruto of Kenya received President Yoweri Museveni of Uganda. "
        'President Ruto said: "The Parties shall remove all barriers to the transit of goods '
        'along the corridor, and we will see to it this year."'
    )
    assert [q.speaker for q in reading.quotes] == ["William Ruto"]
