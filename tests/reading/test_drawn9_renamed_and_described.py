"""A text renamed in apposition, and a state's adjective beside a company (drawB20).

Invented sentences. "The accord, Peru's first trade deal with an Asian country, was signed":
the apposition describes the text just named (a possessive, an ordinal or a superlative), it
is not another one. "Equinor and Brazilian oil company Petrobras": the adjective after "and"
describes the next company and names none.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "sentence",
    [
        "The accord, Peru's first trade deal with an Asian country, was signed in the presence "
        "of both presidents.",
        "The agreement, the largest trade pact in the region, was signed at the presidential "
        "palace.",
        "The CEPA, its first such accord with a Latin American partner, took two years to "
        "negotiate.",
    ],
)
def test_a_text_described_in_apposition_is_the_same_text(sentence: str) -> None:
    reading = read(
        "Peru and Singapore signed a free trade agreement in Lima on Tuesday. " + sentence
    )
    assert [a.sectors for a in reading.agreements] == [["trade"]]


def test_a_list_of_texts_is_still_a_list() -> None:
    reading = read(
        "Peru and Singapore signed a trade agreement, a defence treaty and a health memorandum "
        "in Lima on Tuesday."
    )
    assert len(reading.agreements) == 3


@pytest.mark.parametrize(
    ("text", "companies"),
    [
        (
            "Norwegian energy company Equinor and Brazilian oil company Petrobras signed a "
            "framework agreement on offshore wind in Rio de Janeiro.",
            {"Equinor", "Petrobras"},
        ),
        (
            "Saudi developer ACWA Power and Egyptian utility company EEHC signed an agreement "
            "on a wind farm in Cairo.",
            {"ACWA Power", "EEHC"},
        ),
    ],
)
def test_a_state_adjective_beside_a_company_is_no_company(text: str, companies: set) -> None:
    reading = read(text)
    organisations = {p for p in reading.parties if len(p) != 3 or not p.isupper()}
    assert organisations - {"EEHC"} <= companies
    assert not any(p in ("Brazilian", "Egyptian") for p in reading.parties)
