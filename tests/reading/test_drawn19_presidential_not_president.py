"""The adjective "présidentiel", "presidential", «президентский» is no title: the role of "le
président du Conseil présidentiel de transition, X" is the whole office, not its tail from the
adjective on. Sentences written for these tests (drawA26).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Le président du Conseil présidentiel de transition, Marc Lafleur, a reçu lundi le "
            "ministre béninois des Affaires étrangères.",
            "président du Conseil présidentiel de transition",
        ),
        (
            "The President of the Presidential Transition Council, John Mensah, met the "
            "Ghanaian foreign minister in Accra.",
            "President of the Presidential Transition Council",
        ),
        (
            "Глава Президентского совета Ливии Мухаммед Менфи встретился с послом Египта.",
            "Глава Президентского совета",
        ),
    ],
)
def test_presidential_is_no_title(text, role):
    [person] = read(text).people
    assert person.role == role
