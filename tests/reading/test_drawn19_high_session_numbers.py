"""Session numbers past seventy spelled out: French counts them from sixty and four twenties
("soixante et onzième", "quatre-vingt-seizième"), English and Russian have words of their own
("ninety-first", «восемьдесят пятое»); and the number an apposition gives after the body's name
("La précédente session du Conseil des ministres, la quatre-vingt-quinzième, …"). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.numbers import ordinal_value
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("soixante-dixieme", 70),
        ("soixante et onzieme", 71),
        ("quatre-vingtieme", 80),
        ("quatre-vingt-unieme", 81),
        ("quatre-vingt-dixieme", 90),
        ("quatre-vingt-seizieme", 96),
        ("seventy-fifth", 75),
        ("eightieth", 80),
        ("ninety-first", 91),
        ("восьмидесятое", 80),
        ("девяностое", 90),
    ],
)
def test_ordinal_words_past_seventy(word, value):
    assert ordinal_value(word) == value


CASES = [
    (
        "La quatre-vingt-seizième session ordinaire du Conseil des ministres de la CEDEAO s'est "
        "tenue à Abuja les 12 et 13 juin 2026. Le Ghana et le Togo y ont signé un accord sur le "
        "commerce. La précédente session du Conseil des ministres, la quatre-vingt-quinzième, "
        "s'était tenue en décembre 2025 dans la même ville.\n"
    ),
    (
        "The ninety-sixth ordinary session of the ECOWAS Council of Ministers was held in Abuja "
        "on 12 and 13 June 2026. Ghana and Togo signed a trade agreement there.\n"
    ),
]


@pytest.mark.parametrize("text", CASES)
def test_the_council_session_is_numbered(text):
    numbers = [s.number for s in read(text).sessions]
    assert 96 in numbers, read(text).sessions


def test_the_apposed_number_after_the_name():
    numbers = [s.number for s in read(CASES[0]).sessions]
    assert 95 in numbers, read(CASES[0]).sessions
