"""A company's registered name, legal form and all, then the short name in brackets it goes
by: the party is the short name, the one the text goes on to use ("Energy Fiji Limited (EFL)"
is EFL, as "Essential Drugs Company Limited (EDCL)" is EDCL). A name without its legal form
("China Road and Bridge Corporation (CRBC)") is still given whole. Sentences written for
these tests (drawA26).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "The state utility Power Samoa Limited (PSL) signed a memorandum of understanding "
            "with the Korea Electric Power Corporation on Monday. PSL will run the study.",
            "PSL",
        ),
        (
            "The state company Gas Tonga Ltd (GTL) on Friday signed a supply contract with "
            "Japan's Mitsui. GTL said deliveries would start in May.",
            "GTL",
        ),
        (
            "La société publique Eaux du Sénégal SA (EDS) a signé lundi un contrat avec la "
            "société Suez. EDS exploitera le réseau.",
            "EDS",
        ),
    ],
)
def test_registered_name_goes_by_its_short_name(text, short):
    reading = read(text)
    assert short in reading.parties
    assert not any(" " in p and p.endswith(("Limited", "Ltd", "SA")) for p in reading.parties)
    assert any(short in a.parties for a in reading.agreements)


def test_a_name_without_legal_form_stays_whole():
    reading = read(
        "The firm China Road and Bridge Corporation (CRBC) signed a contract with the "
        "government of Kenya on Monday for the Nairobi bypass."
    )
    assert "China Road and Bridge Corporation" in reading.parties
