"""The two countries of a bloc's story, and the older text a new one carries on (drawA28).

In a story about a bloc's summit (six member states act), two of them sign a text on the
side and "the accord signed between the two countries in 1998" is theirs, not the six
members': "the two countries" says itself that they are two, the pair its sentences just
named ("les ministres camerounais et tchadien", the second of two coordinated adjectives
beside their noun). "Le texte prolonge l'accord de transit signé en 1998" tells the older
text the new one carries on: the older one is named in passing with its year, not renewed
by a signing of its own. Invented sentences.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_BLOC_FR = (
    "date 2026-05-09 Sommet de la CEMAC à Libreville - Exemple\n"
    "Les chefs d'État de la Communauté économique et monétaire de l'Afrique centrale se sont "
    "réunis vendredi à Libreville. Le président gabonais a accueilli ses homologues du "
    "Cameroun, du Tchad, du Congo et de Centrafrique.\n"
    "En marge du sommet, les ministres camerounais et tchadien du Commerce ont signé un "
    "mémorandum d'entente sur les échanges frontaliers. {older}\n"
)


def _agreements(text: str) -> list:
    return list(read(text).agreements)


@pytest.mark.parametrize(
    "older",
    [
        "Le texte prolonge l'accord de transit inter-États signé entre les deux pays en 1998.",
        "Ce mémorandum complète l'accord de transit signé entre les deux pays en 1998.",
    ],
)
def test_the_two_countries_of_a_bloc_story_are_the_pair(older: str) -> None:
    found = _agreements(_BLOC_FR.format(older=older))
    transit = [a for a in found if a.date == "1998"]
    assert len(transit) == 1
    assert set(transit[0].parties) == {"CMR", "TCD"}


def test_a_text_that_carries_an_older_one_on_leaves_it_older() -> None:
    text = (
        "date 2026-05-09 Accord - Exemple\n"
        "Le Mali et le Niger ont signé lundi un protocole sur la pêche. Le texte prolonge "
        "l'accord de coopération sur l'énergie signé en 2015.\n"
    )
    found = _agreements(text)
    older = [a for a in found if a.date == "2015"]
    assert len(older) == 1 and older[0].sectors == ["energy"]
    assert len(found) == 2


def test_a_renewal_signed_now_is_still_the_event_text() -> None:
    text = (
        "date 2026-05-09 Accord - Exemple\n"
        "Le Mali et le Niger ont prolongé lundi l'accord sur l'énergie signé en 2015.\n"
    )
    found = _agreements(text)
    assert [a.date for a in found] != ["2015"]
