"""Russian names read as written. A state's long name as pycountry's Russian translation gives
it may carry a stress mark («Исламская Респу́блика Иран»), which no text spells: the name is
kept without it, so «Центральный банк Исламской Республики Иран» is Iran's, no organisation of
its own. A known first name that has only the nominative («Жуан», «Карлуш»; their genitive
would be «Жуана») says the person is named in the nominative, whatever case the role noun
before the names seemed to have («Главы МИД …» is a plural). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.gazetteer import find_mentions
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Центральный банк Исламской Республики Иран и Банк России подписали в Тегеране "
            "соглашение о сотрудничестве в области платёжных систем.",
            "IRN",
        ),
        (  # (a guard: the short name inside the long one was read already)
            "Правительство Республики Маршалловы Острова и Россия подписали в Москве "
            "соглашение о сотрудничестве в области рыболовства.",
            "MHL",
        ),
    ],
)
def test_a_long_state_name_with_a_stress_mark_in_its_translation(text, code):
    reading = read(text)
    assert code in reading.parties, reading.parties
    assert all(code in a.parties for a in reading.agreements)
    assert all(p.isupper() for p in reading.parties), reading.parties


def test_the_long_name_is_one_mention_of_the_state():
    mention = find_mentions("Президент Республики Маршалловы Острова прибыл в Москву.", "ru")[0]
    assert (mention.code, mention.surface) == ("MHL", "Республики Маршалловы Острова")


def test_a_first_name_only_nominative_keeps_the_surname_as_written():
    text = (
        "МОСКВА, 10 марта. Главы МИД России и Анголы Сергей Лавров и Жуан Бернарду Тейшейра "
        "подписали в понедельник в Москве соглашение о взаимной отмене визовых требований."
    )
    names = [p.name for p in read(text).people]
    assert "Жуан Бернарду Тейшейра" in names, names
    assert "Сергей Лавров" in names


def test_a_first_name_in_the_genitive_still_gives_the_nominative():
    text = (
        "Соглашение о торговле подписано в ходе визита министра иностранных дел Анголы "
        "Жуана Бернарду Тейшейры в Москву."
    )
    names = [p.name for p in read(text).people]
    assert "Жуан Бернарду Тейшейра" in names, names
