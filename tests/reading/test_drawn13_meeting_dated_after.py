"""A meeting named by its body alone, dated by a later sentence (drawA22).

Press reports open on "a meeting of the Council was held in Tbilisi" with no date, then tell the
day in a sentence that opens on the meeting again ("The meeting took place on 14 August", «Заседание
совета состоялось 14 августа»), right after it or after one sentence of something else. And a
body's relative clause may use any case of the relative word or "whose" («Совет, заседания
которого проводятся ежегодно, соберется в 2026 году», "The Council, whose meetings are held
annually, will meet next in 2026"): the meeting it announces is still the body's. Invented
sentences in en/fr/ru; guards: a next sentence that opens on something else, or on another
(previous) meeting, dates nothing.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_HEAD = "date 2025-08 Title - Site\n"
_DATED_LATER = {
    "en": "A meeting of the Supreme Interstate Council of Georgia and Moldova was held in "
    "Tbilisi. The presidents of the two countries chaired it. The meeting took place on 14 "
    "August at the Orbeliani Palace.",
    "fr": "Une réunion du Conseil interétatique suprême de la Géorgie et de la Moldavie a eu "
    "lieu à Tbilissi. Les deux présidents l'ont présidée. La réunion s'est tenue le 14 août au "
    "palais Orbeliani.",
    "ru": "В Тбилиси прошло заседание Высшего межгосударственного совета Грузии и Молдовы. "
    "Президенты двух стран провели переговоры. Заседание совета состоялось 14 августа во "
    "дворце Орбелиани.",
    "ru-next": "В Тбилиси прошло заседание Высшего межгосударственного совета Грузии и "
    "Молдовы. Заседание совета состоялось 14 августа во дворце Орбелиани.",
}
_WHOSE = {
    "en": "The Supreme Interstate Council of Georgia and Moldova, whose meetings are held "
    "annually, will meet next in 2026 in Chisinau.",
    "fr": "Le Conseil interétatique suprême de la Géorgie et de la Moldavie, dont les réunions "
    "ont lieu chaque année, se réunira en 2026 à Chisinau.",
    "ru": "Высший межгосударственный совет Грузии и Молдовы, заседания которого проводятся "
    "ежегодно, соберется в 2026 году в Кишинёве.",
}


@pytest.mark.parametrize("case", sorted(_DATED_LATER))
def test_a_later_sentence_dates_the_meeting(case: str) -> None:
    sessions = read(_HEAD + _DATED_LATER[case]).sessions
    assert [(s.number, s.start) for s in sessions] == [(None, "2025-08-14")]


@pytest.mark.parametrize("lang", sorted(_WHOSE))
def test_a_relative_clause_in_any_case(lang: str) -> None:
    reading = read(_HEAD + _WHOSE[lang])
    assert [b.cadence_months for b in reading.bodies] == [12]
    assert [(s.number, s.start) for s in reading.sessions] == [(None, "2026")]


@pytest.mark.parametrize(
    "text",
    [
        "A meeting of the Supreme Interstate Council of Georgia and Moldova was held in "
        "Tbilisi. The ministers signed a trade agreement on 14 August.",
        "В Тбилиси прошло заседание Высшего межгосударственного совета Грузии и Молдовы. "
        "Министры подписали торговое соглашение 14 августа.",
        "В Тбилиси прошло заседание Высшего межгосударственного совета Грузии и Молдовы. "
        "Министры провели переговоры. Предыдущее заседание состоялось 14 августа 2023 года.",
    ],
)
def test_no_date_from_other_sentences(text: str) -> None:
    assert [s.start for s in read(_HEAD + text).sessions if s.start == "2025-08-14"] == []
