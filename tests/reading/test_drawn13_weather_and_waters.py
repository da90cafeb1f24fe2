"""Two domain words (thirteenth draw, drawC22). The weather's instruments are meteorology,
which SPEC puts under environment: "weather radars", "weather satellites", "weather
observation" (French and Russian say it with «météo», «метео-», read already). Russian water
in all its cases, the genitive plural «вод» (no ending) and «водам», «водах» too: «раздел вод
реки» is water. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Chile and Peru signed a grant agreement to replace weather radars along the coast.",
            "environment",
        ),
        (
            "Kenya and Japan signed an agreement on the supply of weather satellites data receivers.",
            "environment",
        ),
        ("Ghana and Korea signed a memorandum on weather observation in the north.", "environment"),
        (
            "Fiji and Australia signed an agreement to install weather monitoring equipment on the outer islands.",
            "environment",
        ),
        ("Казахстан и Киргизия подписали соглашение о разделе вод реки Талас.", "water"),
        (
            "Армения и Грузия подписали меморандум о совместном мониторинге качества вод реки Дебед.",
            "water",
        ),
        ("Чили и Перу подписали соглашение об использовании трансграничных вод.", "water"),
    ],
)
def test_the_domain_word_names_the_texts_domain(text, sector):
    assert _sectors(text) == [[sector]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru signed an agreement on trade to weather the crisis.", [["trade"]]),
    ],
)
def test_near_misses_stay(text, expected):
    assert _sectors(text) == expected
