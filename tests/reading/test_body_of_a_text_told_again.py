"""A body told in a sentence that speaks of a text again by its kind has that text's sides.

"The protocol widens what the joint commission runs" names no side: the commission is the
protocol's two states', not the pair of the story's first text.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

STORIES = {
    "ru": (
        "date 2025-06-12 Сенат ратифицировал соглашения - kazinform.kz\n\n"
        "АСТАНА. Сенат Парламента на пленарном заседании в четверг ратифицировал соглашение между "
        "Правительством Республики Казахстан и Правительством Катара о туризме.\n"
        "Также сенаторы ратифицировали протокол между Правительством Республики Казахстан и "
        "Правительством Туркменистана о пограничных реках.\n"
        "По словам министра, протокол расширяет полномочия Аму-Дарьинской водохозяйственной "
        "комиссии, заседания которой проходят дважды в год."
    ),
    "en": (
        "date 2025-06-12 Senate ratifies agreements - astanatimes.com\n\n"
        "ASTANA. The Senate of Kazakhstan on Thursday ratified an agreement between the "
        "governments of Kazakhstan and Qatar on tourism, signed in Doha last year.\n"
        "Senators also ratified a protocol between Kazakhstan and Turkmenistan on border rivers.\n"
        "The minister said the protocol widens the powers of the joint water commission, which "
        "meets twice a year."
    ),
    "fr": (
        "date 2025-06-12 Le Sénat ratifie deux accords - lesahel.org\n\n"
        "NIAMEY. Les députés nigériens ont ratifié jeudi en séance plénière un accord entre le "
        "Niger et le Qatar sur le tourisme, signé à Doha l'an dernier.\n"
        "Ils ont aussi ratifié un protocole entre le Niger et le Bénin sur le fleuve.\n"
        "Selon le ministre, le protocole élargit les missions de la commission mixte de l'eau, "
        "qui se réunit deux fois par an."
    ),
}
SIDES = {"ru": ["KAZ", "TKM"], "en": ["KAZ", "TKM"], "fr": ["BEN", "NER"]}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_body_has_the_sides_of_the_text_told_again(lang: str) -> None:
    reading = read(STORIES[lang].encode(), "story.txt").to_dict()
    assert [sorted(b["parties"]) for b in reading["bodies"]] == [SIDES[lang]]
