"""Groups named in the plural with the preposition said again before each field are one
group per field: "the working groups on border crossing and on fisheries", "les groupes de
travail sur la pêche et sur les frontières". Each is a body with the session the sentence
gives it ("to meet before the end of the year"). One preposition before joined words ("the
working groups on trade and investment") names no two groups (guard). Texts written for
these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "date 2026-08-20 Talks\nMANILA - The Philippines and Indonesia held their Joint "
            "Commission on 19 August 2026. The ministers tasked the working groups on border "
            "crossing and on fisheries to meet before the end of the year.",
            {"working group on border crossing", "working group on fisheries"},
        ),
        (
            "date 2026-08-20 Talks\nDAKAR - Le Sénégal et la Mauritanie ont tenu leur "
            "commission mixte le 19 août 2026. Les ministres ont chargé les groupes de travail "
            "sur la pêche et sur les frontières de se réunir avant la fin de l'année.",
            {"groupe de travail sur la pêche", "groupe de travail sur les frontières"},
        ),
    ],
)
def test_one_group_per_field(text, names):
    reading = read(text)
    assert names <= {b.name for b in reading.bodies}
    assert {s.body for s in reading.sessions if s.start == "2026"} == names


def test_one_preposition_names_no_two_groups():
    reading = read(
        "date 2026-08-20 Talks\nMANILA - The Philippines and Indonesia held their Joint "
        "Commission on 19 August 2026. The ministers tasked the working groups on trade and "
        "investment to meet before the end of the year."
    )
    assert not any(b.name.startswith("working group on") for b in reading.bodies)
