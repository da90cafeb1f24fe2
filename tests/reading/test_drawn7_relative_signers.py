"""Sides told by a relative clause (session 19, drawC19).

Invented sentences: an older text named again with a relative clause that says who signed it
(«соглашение …, которое Гана, Сенегал и Гвинея подписали в 2022 году», "l'accord … que le
Ghana, le Sénégal et la Guinée ont signé", "the agreement … that Ghana, Senegal and Guinea
signed") has the clause's subject as its sides, not the story's pair; Russian may put the
verb first («которое подписали Гана, Сенегал и Гвинея»). Guard: where the main clause signs
the text, the relative clause does not change its sides.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_STORY = {
    "ru": "Министр энергетики Сенегала и министр энергетики Гвинеи подписали в пятницу "
    "меморандум о строительстве линии электропередачи. ",
    "en": "The energy ministers of Senegal and Guinea signed a memorandum on a power line on "
    "Friday. ",
    "fr": "Les ministres de l'Énergie du Sénégal et de la Guinée ont signé vendredi un "
    "mémorandum sur une ligne électrique. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "По словам министра, проект опирается на соглашение о сотрудничестве в области "
            "энергетики, которое Гана, Сенегал и Гвинея подписали в мае 2022 года в Аккре.",
        ),
        (
            "ru",
            "Проект опирается на соглашение о сотрудничестве в области энергетики, которое "
            "подписали Гана, Сенегал и Гвинея в мае 2022 года в Аккре.",
        ),
        (
            "fr",
            "Selon le ministre, le projet repose sur l'accord de coopération énergétique que "
            "le Ghana, le Sénégal et la Guinée ont signé en mai 2022 à Accra.",
        ),
        (
            "en",
            "According to the minister, the project rests on the agreement on energy "
            "cooperation that Ghana, Senegal and Guinea signed in May 2022 in Accra.",
        ),
    ],
)
def test_the_relative_clause_subject_signs_the_text(lang: str, sentence: str) -> None:
    reading = read(_STORY[lang] + sentence)
    older = [a for a in reading.agreements if a.date == "2022-05"]
    assert [sorted(a.parties) for a in older] == [["GHA", "GIN", "SEN"]]
    assert "GHA" in reading.parties


@pytest.mark.parametrize(
    "text",
    [
        "Мали и Нигер подписали соглашение о сотрудничестве в области энергетики, которое "
        "подготовили эксперты обеих стран.",
        "Mali and Niger signed an agreement on energy cooperation, which experts of both "
        "countries prepared.",
    ],
)
def test_the_main_clause_still_signs(text: str) -> None:
    reading = read(text)
    assert [sorted(a.parties) for a in reading.agreements] == [["MLI", "NER"]]
