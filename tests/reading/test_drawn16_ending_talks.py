"""Talks to be ended are on a text to be signed: "d'achever la négociation d'un accord",
"to complete the negotiations on an agreement", «завершить переговоры по соглашению» read
the agreement as planned (SPEC), where talks merely spoken of stay none. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres ont chargé leurs administrations d'achever, d'ici la prochaine réunion, "
        "la négociation d'un accord sur la formation professionnelle entre la France et l'Inde.",
        "The ministers asked their teams to complete the negotiations on an agreement on "
        "vocational training between Kenya and Ghana.",
        "Министры поручили ведомствам завершить переговоры по соглашению о профессиональном "
        "образовании между Россией и Египтом.",
    ],
)
def test_talks_to_end_give_a_planned_agreement(text):
    (agreement,) = read(text).agreements
    assert agreement.status == "planned"
    assert agreement.sectors == ["education"]


def test_talks_spoken_of_give_none():
    reading = read(
        "Les ministres ont évoqué la négociation d'un accord sur la formation professionnelle "
        "entre la France et l'Inde."
    )
    assert reading.agreements == []
