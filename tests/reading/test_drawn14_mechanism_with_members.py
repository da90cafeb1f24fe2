"""A consultation mechanism is a body with the number of its members or its standing between
its noun and its purpose: "un mécanisme tripartite de concertation", "un mécanisme bilatéral
de dialogue", "le mécanisme permanent de concertation" (French), as "a tripartite
consultation mechanism" (read already) and «трехсторонний механизм консультаций» (read
already). Its cadence and sessions follow. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _bodies(text: str):
    reading = read(text.encode(), "article.txt")
    return [(b.name, sorted(b.parties), b.cadence_months) for b in reading.bodies]


@pytest.mark.parametrize(
    ("text", "name", "sides", "cadence"),
    [
        (
            "Le Niger, le Mali et le Burkina Faso ont signé un mémorandum portant création d'un "
            "mécanisme trilatéral de concertation sur le fleuve. Le mécanisme se réunira deux "
            "fois par an.",
            "mécanisme trilatéral de concertation",
            ["BFA", "MLI", "NER"],
            6,
        ),
        (
            "Le Sénégal et la Gambie ont créé à Banjul un mécanisme bilatéral de dialogue sur la "
            "transhumance, qui se réunira une fois par an.",
            "mécanisme bilatéral de dialogue",
            ["GMB", "SEN"],
            12,
        ),
        (
            "Le Tchad, le Cameroun et la Centrafrique ont mis en place un mécanisme tripartite "
            "de concertation sur la sécurité frontalière, qui se réunira tous les six mois.",
            "mécanisme tripartite de concertation",
            ["CAF", "CMR", "TCD"],
            6,
        ),
        (
            "Kenya, Uganda and Tanzania signed a memorandum setting up a tripartite "
            "consultation mechanism on Lake Victoria. The mechanism will meet once a year.",
            "tripartite consultation mechanism",
            ["KEN", "TZA", "UGA"],
            12,
        ),
    ],
)
def test_a_mechanism_with_its_members_is_a_body(text, name, sides, cadence):
    assert _bodies(text) == [(name, sides, cadence)]


def test_the_first_session_of_the_mechanism():
    reading = read(
        "Le Niger, le Mali et le Burkina Faso ont créé un mécanisme tripartite de concertation "
        "sur le fleuve. Sa première session est prévue à Niamey en mars 2027.".encode(),
        "article.txt",
    )
    assert [(s.number, s.start, s.place) for s in reading.sessions] == [(1, "2027-03", "Niamey")]


def test_a_mechanism_of_no_consultation_is_no_body():
    reading = read(
        "Le Niger et le Mali ont créé un mécanisme tripartite de financement des routes.".encode(),
        "article.txt",
    )
    assert reading.bodies == []
