"""The subjects scholarships are for are studies, not fields of the sides' cooperation:
"bourses d'études en médecine et en agronomie", "scholarships in medicine and agriculture",
«стипендии по медицине и агрономии» are education alone (SPEC: education, scholarships).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of

CASES = [
    (
        "Les deux ministres ont aussi signé un accord portant octroi de trente bourses d'études "
        "en médecine et en agronomie à de jeunes Béninois.\n",
        "Le Bénin et le Maroc ont signé lundi à Rabat une convention de coopération culturelle. ",
    ),
    (
        "The two ministers also signed an agreement granting thirty scholarships in medicine "
        "and agriculture to young Ghanaians.\n",
        "Ghana and Cuba signed a cultural cooperation agreement in Havana on Monday. ",
    ),
    (
        "Министры также подписали соглашение о предоставлении тридцати стипендий по медицине и "
        "агрономии молодым малийцам.\n",
        "Россия и Мали подписали в понедельник в Москве соглашение о культурном сотрудничестве. ",
    ),
]


@pytest.mark.parametrize(("sentence", "lead"), CASES)
def test_scholarships_are_education_alone(sentence, lead):
    reading = read(lead + sentence)
    sectors = [a.sectors for a in reading.agreements]
    assert ["education"] in sectors, sectors


@pytest.mark.parametrize(
    "phrase",
    [
        "bourses d'études en médecine, en pharmacie et en agronomie",
        "scholarships in medicine, engineering and agriculture",
        "стипендии по медицине и агрономии",
    ],
)
def test_the_phrase_names_education(phrase):
    assert sectors_of(phrase) == ["education"]


def test_a_field_beside_scholarships_stays():
    assert sectors_of("an agreement on health and scholarships for 2024") == [
        "health",
        "education",
    ]
