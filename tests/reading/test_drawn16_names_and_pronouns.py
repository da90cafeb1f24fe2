"""Names read where a word of the language stood, and the reverse:
- the Russian demonstrative «тот» («Тот же министр подписал …», «Того же дня …») is no Togo,
  whose indeclinable name «Того» the lemmatiser shares with it; «Президент Того» stays Togo
  (guard);
- an Arabic family name with its article after a head of an institution («директором
  Саудовского фонда развития Фейсалом Аль-Кахтани», "the director of the Saudi Fund for
  Development Faisal Al-Qahtani") is a person, not a company of that name; then the fund is
  its state (Saudi Arabia) as SPEC wants;
- a capitalised word before a name that the dictionary knows only as a verb's form («Сиди
  Мохамед Диалло»: «сиди», sit!) is a given name, not a title's complement.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.gazetteer import find_mentions
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Тот же министр подписал соглашение с Мали.",
        "Того же дня министр Мали подписал соглашение.",
        "Тому министру Мали вручили орден.",
    ],
)
def test_the_pronoun_is_no_togo(text):
    assert "TGO" not in {m.code for m in find_mentions(text, "ru")}


def test_togo_stays_togo():
    assert "TGO" in {m.code for m in find_mentions("Президент Того прибыл в Бамако.", "ru")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Министр финансов Гвинеи Мамади Камара подписал с директором африканского "
            "департамента Саудовского фонда развития Фейсалом Аль-Кахтани соглашение о займе "
            "на модернизацию больницы в Конакри.",
            "Фейсал Аль-Кахтани",
        ),
        (
            "Министр финансов Гвинеи Мамади Камара и директор Саудовского фонда развития Фейсал "
            "Аль-Кахтани подписали соглашение о займе на модернизацию больницы в Конакри.",
            "Фейсал Аль-Кахтани",
        ),
    ],
)
def test_an_arabic_family_name_after_a_head_is_a_person(text, name):
    reading = read(text)
    assert name in [p.name for p in reading.people]
    assert sorted(reading.agreements[0].parties) == ["GIN", "SAU"]


def test_a_given_name_the_dictionary_reads_as_a_verb():
    reading = read(
        "Гвинея и Мали подписали меморандум о бокситах. Его подписали министр Мали Али Траоре "
        "и министр Гвинеи Сиди Мохамед Диалло."
    )
    assert "Сиди Мохамед Диалло" in [p.name for p in reading.people]
