"""An adjective of a part of the Americas is no mention of the United States (drawE19).

Invented sentences: two states sign a scholarship agreement for places at a "latino-americaine"
/ "Latin American" / «латиноамериканской» school; a "sud-américain" or "Central American"
market. The adjective names a region, so the agreement keeps the two states that sign and the
United States is no party (Russian writes «латиноамериканский» as one word: a guard, read right
before). Guards: "la délégation américaine", "the American delegation" still
name the United States.
"""

from __future__ import annotations

import pytest

from suivi.reading.gazetteer import find_mentions
from suivi.reading.pipeline import read

_TEXTS = {
    "fr": "La délégation péruvienne et la délégation bolivienne ont signé les documents "
    "suivants :\na) un accord relatif à l'octroi de bourses d'études à des étudiants boliviens, "
    "notamment à l'Université latino-américaine des sciences ;\nb) un mémorandum d'entente sur "
    "la pêche.",
    "en": "The Peruvian delegation and the Bolivian delegation signed the following documents:"
    "\na) an agreement on the award of scholarships to Bolivian students, notably at the Latin "
    "American University of Sciences;\nb) a memorandum of understanding on fisheries.",
    "ru": "Перуанская и боливийская делегации подписали следующие документы:\nа) соглашение о "
    "предоставлении стипендий боливийским студентам, в частности в Латиноамериканском "
    "университете наук;\nб) меморандум о взаимопонимании в области рыболовства.",
}


@pytest.mark.parametrize("lang", ["fr", "en", "ru"])
def test_a_region_adjective_names_no_state(lang: str) -> None:
    reading = read(_TEXTS[lang])
    assert "USA" not in reading.parties
    assert [sorted(a.parties) for a in reading.agreements] == [["BOL", "PER"], ["BOL", "PER"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("le marché sud-américain et le commerce centraméricain", "fr"),
        ("le marché nord-américain", "fr"),
        ("the South American market and Central American trade", "en"),
        ("the Pan-American Games", "en"),
    ],
)
def test_parts_of_the_americas(text: str, lang: str) -> None:
    assert [m.code for m in find_mentions(text, lang)] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("la délégation américaine est arrivée", "fr"), ("the American delegation arrived", "en")],
)
def test_the_united_states_still_named(text: str, lang: str) -> None:
    assert [m.code for m in find_mentions(text, lang)] == ["USA"]
