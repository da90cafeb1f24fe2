"""«Декларация», «конвенция» after «в том числе» are one text, not a plural (drawA22).

Russian «соглашения» after «подписали» or «в том числе» is the plural (or a genitive) of a
neuter noun, so the reader takes such a mention for several texts. A feminine noun in «-ия»
(«декларация», «конвенция») is in the nominative singular: one text, kept as an item of the
count it follows. Its plural («декларации») stays ambiguous as before. Russian only (the
ending is Russian). Guards: «подписаны соглашения о торговле и образовании» are still two.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_LEAD = "Президенты Грузии и Армении провели переговоры. Всего было подписано 5 документов, "


@pytest.mark.parametrize(
    ("item", "sectors"),
    [
        ("в том числе декларация о дружбе.", [["general"]]),
        ("в том числе конвенция о правовой помощи.", [["justice"]]),
        ("включая декларацию о дружбе.", [["general"]]),
        ("а также декларация о стратегическом партнёрстве.", [["general"]]),
    ],
)
def test_a_feminine_singular_is_one_text(item: str, sectors: list[list[str]]) -> None:
    assert [a.sectors for a in read(_LEAD + item).agreements] == sectors


def test_neuter_plurals_stay_plural() -> None:
    text = "Президенты Грузии и Армении провели переговоры. Подписаны соглашения о торговле и образовании."
    assert [a.sectors for a in read(text).agreements] == [["trade"], ["education"]]
