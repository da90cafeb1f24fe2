"""The reporter's line that closes a story, "X covers Russia and Central Asia", "X couvre
l'Afrique de l'Ouest", «X освещает события в Центральной Азии», names the author, who does not
act in the story (SPEC: people act or speak). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "en",
        "Ghana and Togo signed an agreement on cross-border trade in Accra on Monday, the "
        "foreign ministers Samuel Ablakwa and Robert Dussey said.\n\n"
        "Peter Okonkwo covers West Africa and the Sahel.\n",
        "Peter Okonkwo",
    ),
    (
        "fr",
        "Le Ghana et le Togo ont signé lundi à Accra un accord sur le commerce transfrontalier, "
        "ont annoncé les ministres Samuel Ablakwa et Robert Dussey.\n\n"
        "Pierre Kaboré couvre l'Afrique de l'Ouest et le Sahel.\n",
        "Pierre Kaboré",
    ),
    (
        "ru",
        "Россия и Узбекистан подписали в понедельник в Ташкенте соглашение о торговле, сообщили "
        "министры Сергей Лавров и Бахтиёр Саидов.\n\n"
        "Андрей Смирнов освещает события в Центральной Азии.\n",
        "Андрей Смирнов",
    ),
]


@pytest.mark.parametrize(("language", "text", "author"), CASES)
def test_the_reporter_is_no_person_of_the_story(language, text, author):
    names = [p.name for p in read(text).people]
    assert author not in names
    assert len(names) == 2, names
