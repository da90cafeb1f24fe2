"""Russian ordinal stems nest: «пятнадцатое» begins with the «пят» of «пятое», «шестидесятое»
with the «шест» of «шестое», «девятнадцатое» with the «девят» of «девятое». A session number
is the value of the longest stem that begins the word (SPEC: sessions are numbered where the
text numbers them). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.numbers import ordinal_value
from suivi.reading.pipeline import read


def _numbers(text: str) -> set[int | None]:
    return {s.number for s in read(text.encode(), "article.txt").sessions}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Пятнадцатое заседание Казахстанско-вьетнамской межправительственной комиссии по "
            "торгово-экономическому сотрудничеству прошло 3 апреля в Ханое.",
            15,
        ),
        (
            "В Ташкенте 12 мая состоялось шестнадцатое заседание Узбекско-индонезийской "
            "межправительственной комиссии по экономическому сотрудничеству.",
            16,
        ),
        (
            "Девятнадцатое заседание Российско-аргентинской межправительственной комиссии по "
            "торгово-экономическому и научно-техническому сотрудничеству пройдёт в Буэнос-Айресе "
            "в октябре.",
            19,
        ),
        (
            "Пятидесятое заседание Совместной российско-монгольской комиссии по "
            "сотрудничеству прошло 8 сентября в Улан-Баторе.",
            50,
        ),
        (
            "Министры подвели итоги шестнадцатого заседания Армяно-иранской межправительственной "
            "комиссии по экономическому сотрудничеству, прошедшего 20 июня в Ереване.",
            16,
        ),
    ],
)
def test_teen_ordinal_numbers_a_session(text: str, number: int) -> None:
    assert number in _numbers(text)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("пятнадцатого", 15),
        ("шестнадцатой", 16),
        ("девятнадцатое", 19),
        ("шестидесятое", 60),
        ("пятидесятом", 50),
        ("пятое", 5),
        ("шестого", 6),
        ("девятой", 9),
    ],
)
def test_longest_russian_stem_wins(word: str, value: int) -> None:
    assert ordinal_value(word) == value
