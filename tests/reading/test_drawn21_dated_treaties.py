"""A text known by its date ("the Treaty of 12 May 1994 between X and Y") has that date,
and its "between" names its sides past the date; a colony's name of the time ("what was then
British Guiana", "ce qui était alors la Haute-Volta") is its state. Sentences written for
these tests (drawC27).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides", "date"),
    [
        (
            "date 2025-04-24 Guyana and the Dominican Republic sign an agreement - Site\n\n"
            "Guyana and the Dominican Republic signed an agreement on air services on Thursday. "
            "Guyana seized the court in 2018 under the Geneva Agreement of 17 February 1966 "
            "between the United Kingdom, Venezuela and what was then British Guiana.\n",
            ["GBR", "GUY", "VEN"],
            "1966-02-17",
        ),
        (
            "date 2025-03-12 Ghana and Togo - Site\n\nGhana and Togo signed an agreement on "
            "fisheries in Accra. Ghana seized the court in 2018 under the Lomé Treaty of 12 May "
            "1994 between Togo, Benin and what was then Upper Volta.\n",
            ["BEN", "BFA", "TGO"],
            "1994-05-12",
        ),
        (
            "date 2025-03-12 Le Ghana et le Togo - Site\n\nLe Ghana et le Togo ont signé un "
            "accord sur la pêche à Accra. Le Ghana a saisi la Cour en 2018 en vertu du traité de "
            "Lomé du 12 mai 1994 entre le Togo, le Bénin et ce qui était alors la Haute-Volta.\n",
            ["BEN", "BFA", "TGO"],
            "1994-05-12",
        ),
    ],
)
def test_an_older_treaty_known_by_its_date_between_states_of_the_time(text, sides, date):
    reading = read(text)
    [treaty] = [a for a in reading.agreements if a.date and a.date < "2000"]
    assert (treaty.date, sorted(treaty.parties)) == (date, sides)
