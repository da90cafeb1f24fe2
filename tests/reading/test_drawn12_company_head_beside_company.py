"""A company head named with his office ("ZESCO Managing Director Justin Mulenga") and joined by
"and" to a company is a person, not a company coordinated with it (twelfth draw, drawF21).
Invented sentences, en."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "The memorandum was signed by KenGen Managing Director Peter Njenga and Masdar on Friday.",
        "Peter Njenga",
    ),
    (
        "It was signed by Tanesco Managing Director Gissima Nyamohanga and Sinohydro.",
        "Gissima Nyamohanga",
    ),
    (
        "The loan was signed by Ecobank Chairman Alain Nkontchou and Afreximbank in Cairo.",
        "Alain Nkontchou",
    ),
    (
        "The concession was signed by Port Authority Chairperson Mary Wanjiku and DP World.",
        "Mary Wanjiku",
    ),
    (
        "The charter was signed by Sotrava CEO Dana Whitfield and Maersk on Monday.",
        "Dana Whitfield",
    ),
    (
        "The supply deal was signed by Nampak Chairwoman Grace Mokoena and Embraer.",
        "Grace Mokoena",
    ),
    (
        "It was signed by Mombasa Mayor Abdulswamad Nassir and ACWA Power.",
        "Abdulswamad Nassir",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_titled_head_beside_a_company_is_a_person(text, name):
    reading = read(text.encode(), "article.txt")
    assert name in [p.name for p in reading.people]
    assert not any(name in party for party in reading.parties)
