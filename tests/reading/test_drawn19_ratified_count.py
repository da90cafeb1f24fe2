"""A count of texts a parliament ratifies is no total: SPEC's `agreements_total` counts the
texts signed at the event the story reports, and ratified texts were signed before. A count
said with signing still is one. Sentences written for these tests (drawA26).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "The National Assembly on Tuesday ratified three agreements between Ghana and Togo.",
        "L'Assemblée nationale a ratifié mardi trois accords entre le Mali et le Niger.",
        "Госдума ратифицировала три соглашения между Россией и Вьетнамом.",
    ],
)
def test_a_ratified_count_is_no_total(text):
    assert read(text).agreements_total is None


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo signed three agreements in Accra on Tuesday.",
        "Le Mali et le Niger ont signé mardi trois accords à Niamey.",
        "Россия и Вьетнам подписали три соглашения во вторник в Ханое.",
    ],
)
def test_a_signed_count_is_still_the_total(text):
    assert read(text).agreements_total == 3
