"""The Russian half of the vector table (scripts/sector_words.py over navec): Russian
complements in words the hand-written lexicon lacks get the sector of their domain, while
the words of any agreement's wording stay out of the table. Invented phrases."""

from __future__ import annotations

import pytest

from suivi.reading.agreements import _sectors
from suivi.reading.sectors import guessed


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("закупка гаубиц и вертолетов", "defence"),
        ("лечение больных гепатитом", "health"),
        ("совместные эксперименты физиков", "research"),
        ("гастроли оперных артистов", "culture"),
        ("сбор урожая подсолнечника", "agriculture"),
        ("разведение крупного рогатого скота", "agriculture"),
        ("сокращение выбросов метана", "environment"),
        ("запуск орбитальной станции", "space"),
        ("апелляции в высшие суды", "justice"),
    ],
)
def test_russian_words_the_lexicon_lacks_are_placed_by_the_table(phrase: str, sector: str) -> None:
    assert _sectors(phrase) == []
    assert guessed(phrase) == [sector]


@pytest.mark.parametrize(
    "phrase",
    ["документ, подписанный в апреле", "совместное производство", "договору о дружбе"],
)
def test_russian_agreement_wording_names_no_domain(phrase: str) -> None:
    assert guessed(phrase) == []
