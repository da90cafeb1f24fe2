"""A government named by its cabinet («Кабинетом министров Кыргызской Республики») is its
state, no organisation of its own (SPEC: a state's institutions stand for their state); and an
older text whose title names a domain of its own is another text than an older text of the
same year read before, even when told with the definite article ("The Agreement on the
Delimitation of the Border, signed in 2015" after "the 2015 agreement on fisheries").
Sentences written for these tests (drawC27).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Сенат ратифицировал соглашение между Правительством Республики Узбекистан и "
            "Кабинетом министров Кыргызской Республики о транзите грузов.",
            ["KGZ", "UZB"],
        ),
        (
            "Сенат одобрил договор между Кабинетом министров Украины и Правительством "
            "Республики Молдова о транзите грузов.",
            ["MDA", "UKR"],
        ),
        (
            "The parliament ratified the agreement between the Government of Uzbekistan and "
            "the Cabinet of Ministers of the Kyrgyz Republic on the transit of goods.",
            ["KGZ", "UZB"],
        ),
        (
            "Le parlement a ratifié l'accord entre le Gouvernement de l'Ouzbékistan et le "
            "Cabinet des ministres de la République kirghize sur le transit des marchandises.",
            ["KGZ", "UZB"],
        ),
    ],
)
def test_a_cabinet_of_ministers_is_its_state(text, sides):
    reading = read(text)
    assert sorted(reading.parties) == sides
    assert [sorted(a.parties) for a in reading.agreements] == [sides]


@pytest.mark.parametrize(
    "text",
    [
        "Депутаты Казахстана одобрили протокол о внесении изменений в соглашение с "
        "Узбекистаном о сотрудничестве в области рыболовства от 2015 года. Соглашение о "
        "делимитации казахстанско-узбекской государственной границы, подписанное в 2015 году, "
        "вступило в силу в 2018 году.",
        "Kazakhstan's deputies approved a protocol amending the 2015 agreement with Uzbekistan "
        "on cooperation in fisheries. The Agreement on the Delimitation of the Kazakh-Uzbek "
        "State Border, signed in 2015, entered into force in 2018.",
        "Les députés du Niger ont approuvé un protocole modifiant l'accord de 2015 avec le "
        "Tchad sur la pêche. L'accord sur la délimitation de la frontière entre le Niger et le "
        "Tchad, signé en 2015, est entré en vigueur en 2018.",
    ],
)
def test_an_older_text_titled_with_another_domain_is_another_text(text):
    older = [a for a in read(text).agreements if a.date == "2015"]
    assert len(older) == 2
    assert {"diplomacy"} <= {s for a in older for s in a.sectors}
    assert any(a.status == "in_force" for a in older)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed an agreement on fisheries in 2015. The 2015 agreement "
        "provides for training of fishermen.",
        "Le Kenya et l'Éthiopie ont signé un accord sur la pêche en 2015. L'accord de 2015 "
        "prévoit la formation des pêcheurs.",
    ],
)
def test_the_older_text_named_again_by_its_year_stays_one(text):
    assert len([a for a in read(text).agreements if a.date == "2015"]) == 1
