"""Counts of texts beyond twenty written in words ("vingt-trois accords", "twenty-three
agreements", «двадцать три соглашения»): the whole number, not its last word. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from suivi.reading import totals


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "La session s'est achevée par la signature de vingt-trois accords, conventions et "
            "mémorandums d'entente entre le Maroc et le Sénégal.",
            23,
        ),
        ("Le Mali et le Niger ont signé vingt et un accords à Niamey.", 21),
        ("Kenya and China signed twenty-four agreements in Beijing on Monday.", 24),
        ("Россия и Вьетнам подписали двадцать три соглашения в Ханое.", 23),
        ("Egypt and Saudi Arabia signed thirty agreements during the visit.", 30),
    ],
)
def test_a_count_beyond_twenty_is_read_whole(text, count):
    assert totals.total(text) == count


def test_an_ordinal_beyond_twenty_is_no_count():
    assert (
        totals.total(
            "Le Togo et le Bénin ont tenu leur vingt-troisième session et signé deux accords."
        )
        == 2
    )
