"""A force several states put under one command ("une force unifiée", "a unified force", "la
force conjointe", «объединённые вооружённые силы») is defence (SPEC: defence). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    "Le Tchad et le Niger ont signé lundi à Niamey un accord portant création d'une force "
    "unifiée des deux pays.\n",
    "Chad and Niger signed an agreement in Niamey on Monday establishing a unified force of "
    "the two countries.\n",
    "Россия и Беларусь подписали в понедельник в Минске соглашение о создании объединённых "
    "вооружённых сил двух стран.\n",
]


@pytest.mark.parametrize("text", CASES)
def test_a_unified_force_is_defence(text):
    reading = read(text)
    assert [a.sectors for a in reading.agreements] == [["defence"]], reading.agreements
