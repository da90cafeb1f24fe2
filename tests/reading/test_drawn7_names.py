"""Names the reader left wrong on the seventh random draw (session 19, drawC19).

Invented sentences: a national railway of the South Caucasus or Belarus named in Russian is
the company as it writes itself in English («Азербайджанские железные дороги» is
"Azerbaijan Railways", not a transliteration, and not the state); a Russian surname after
initials («С.В. Лавровым», «М.В. Захаровой») is put in the nominative, the initials kept.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "ОАО «РЖД» и ЗАО «Азербайджанские железные дороги» подписали соглашение о "
            "развитии грузовых перевозок.",
            "Azerbaijan Railways",
        ),
        (
            "Глава РЖД подписал с Грузинской железной дорогой меморандум о контейнерных "
            "перевозках.",
            "Georgian Railway",
        ),
        (
            "Российские железные дороги и Белорусская железная дорога подписали соглашение о "
            "перевозках.",
            "Belarusian Railway",
        ),
    ],
)
def test_national_railways_by_their_english_names(text: str, company: str) -> None:
    reading = read(text)
    assert company in reading.parties
    assert [sorted(a.parties) for a in reading.agreements] == [
        sorted(["Russian Railways", company])
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Состоялись переговоры с министром иностранных дел Российской Федерации С.В. Лавровым.",
            "С.В. Лавров",
        ),
        (
            "Посол Мали вручил копию верительных грамот официальному представителю МИД России "
            "М.В. Захаровой.",
            "М.В. Захарова",
        ),
        ("Министр провёл встречу с послом России В. Петровым.", "В. Петров"),
    ],
)
def test_surname_after_initials_in_the_nominative(text: str, name: str) -> None:
    assert name in [p.name for p in read(text).people]
