"""A text told with its own signing ("le traité signé à Niamey le 6 juillet 2024") takes its
domain from its own words, not from those of the next text of the sentence and its relative
clause ("…, et sur la Charte du …, qui a institué une défense collective"). Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "Le Mali, le Burkina Faso et le Niger ont tenu lundi un sommet à Bamako. L'Alliance repose "
        "sur le traité signé à Niamey le 6 juillet 2024, et sur la Charte de Ségou du 16 "
        "septembre 2023, qui a institué une architecture de défense collective entre les trois "
        "pays.\n"
    ),
    (
        "Mali, Burkina Faso and Niger held a summit in Bamako on Monday. The Alliance rests on "
        "the treaty signed in Niamey on 6 July 2024, and on the Segou Charter of 16 September "
        "2023, which set up a collective defence architecture between the three countries.\n"
    ),
]


@pytest.mark.parametrize("text", CASES)
def test_the_treaty_does_not_take_the_charters_domain(text):
    reading = read(text)
    sectors = [a.sectors for a in reading.agreements]
    assert len(sectors) == 2, reading.agreements
    assert "defence" not in sectors[0] and "defence" in sectors[1], sectors
