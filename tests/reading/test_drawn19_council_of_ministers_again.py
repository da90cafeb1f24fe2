"""A union's council of ministers named again bare ("Le Conseil des ministres se réunit deux
fois par an", "The Council of Ministers meets twice a year") is the council named before: the
cadence is its, and "Sa troisième session" after it is its session, not that of a summit named
in between. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "La première session ordinaire du Conseil des ministres de l'Union du fleuve Mano s'est "
        "tenue les 3 et 4 mars 2025 à Monrovia. Un projet de protocole sera soumis au prochain "
        "sommet des chefs d'État, prévu à Conakry en juin. Le Conseil des ministres se réunit "
        "en session ordinaire deux fois par an. Sa deuxième session ordinaire est prévue en "
        "septembre 2025 à Freetown.\n"
    ),
    (
        "The first ordinary session of the Council of Ministers of the Mano River Union was "
        "held on 3 and 4 March 2025 in Monrovia. A draft protocol will be submitted to the next "
        "summit of heads of state, scheduled for Conakry in June. The Council of Ministers "
        "meets in ordinary session twice a year. Its second ordinary session is scheduled for "
        "September 2025 in Freetown.\n"
    ),
]


@pytest.mark.parametrize("text", CASES)
def test_the_bare_council_is_the_one_named(text):
    reading = read(text)
    councils = [b for b in reading.bodies if "inist" in b.name]
    assert len(councils) == 1, reading.bodies
    assert councils[0].cadence_months == 6
    second = [s for s in reading.sessions if s.number == 2]
    assert [s.body for s in second] == [councils[0].name], reading.sessions
