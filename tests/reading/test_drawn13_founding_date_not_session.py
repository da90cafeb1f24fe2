"""A body's founding date is not its meeting's (session 22, drawB22).

Language fact: a participle of founding that describes the body ("le groupe de travail, créé
en 2022", "the working group, set up in 2022", «рабочей группы, созданной в 2022 году») dates
the body's creation; the meeting the sentence tells of keeps its own date ("le 5 mars").
Before, the date nearest the meeting's phrase was taken, and the founding year after the
body's name is nearer than the day that opens the sentence. Invented sentences in fr/en/ru;
the guard keeps a meeting dated by a year of its own.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le 5 mars s'est tenue à Dakar la deuxième réunion du groupe de travail sénégalo-gambien sur l'énergie, créé en 2022 dans le cadre de la commission mixte.",
        "On 5 March the second meeting of the Ghana-Togo working group on energy, set up in 2022, was held in Accra.",
        "5 марта в Ташкенте прошло второе заседание Узбекско-монгольской рабочей группы по энергетике, созданной в 2022 году.",
    ],
)
def test_the_meeting_keeps_its_day(text: str) -> None:
    reading = read("date 2026-03-06 Réunion - example.org\n" + text, "news.txt")
    assert [(s.number, s.start) for s in reading.sessions] == [(2, "2026-03-05")]


def test_a_meeting_dated_by_its_own_year_stays() -> None:
    text = "The second meeting of the Ghana-Togo working group on energy was held in Accra in 2022."
    reading = read("date 2026-03-06 Meeting - example.org\n" + text, "news.txt")
    assert [(s.number, s.start) for s in reading.sessions] == [(2, "2022")]
