"""One whose greetings another conveys is named in passing (session 28, drawD28).

Invented sentences. "Il a transmis les salutations de son homologue X", "he conveyed the
greetings of President X", «передал привет от министра X»: X is named through the one who
acts, as "a spokesperson for President X" names X (people's `_FRAME_BEFORE`); SPEC's people
are those the article names as acting or speaking.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "ALGER, 3 mai - Le ministre algérien de l'Énergie, Karim Benali, a été reçu par le "
            "ministre tunisien de l'Industrie, Sami Trabelsi, à qui il a transmis les "
            "salutations de son homologue Ahmed Haddad.",
            ["Karim Benali", "Sami Trabelsi"],
        ),
        (
            "ALGIERS, May 3 - Algerian Energy Minister Karim Benali was received by Tunisian "
            "Industry Minister Sami Trabelsi, to whom he conveyed the greetings of President "
            "Ahmed Haddad.",
            ["Karim Benali", "Sami Trabelsi"],
        ),
        (
            "АЛЖИР, 3 мая. Министр энергетики Алжира Карим Бенали был принят министром "
            "промышленности Туниса Сами Трабелси, которому он передал привет от министра "
            "Ахмеда Хаддада.",
            ["Карим Бенали", "Сами Трабелси"],
        ),
    ],
)
def test_sender_of_greetings_is_no_person_of_the_story(text: str, people: list[str]) -> None:
    assert [p.name for p in read(text).people] == people
