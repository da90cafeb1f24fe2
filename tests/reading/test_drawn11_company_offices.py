"""A company's offices before a name ("DGPC Managing Director Dasho Chhewang Rinzin", "Huawei
Chief Executive X") are titles, no part of the name (SPEC: people by full name without title);
and the organisation named right before the office is the holder's party, whatever nationality
the sentence gives the firm after ("X signed for the Chinese firm"). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            "Energy Secretary Grace Mensah signed for Ghana, Huawei Managing Director Liang "
            "Hua Wei for the Chinese firm and Siemens CEO Roland Busch for the German company.",
            "Liang Hua Wei",
            "Huawei",
        ),
        (
            "Mines Secretary Paul Banda signed for Zambia, Rosatom Managing Director Kirill "
            "Komarov for the Russian company, in the presence of the minister.",
            "Kirill Komarov",
            "Rosatom",
        ),
        (
            "Power Secretary Amina Bello signed for Nigeria and TotalEnergies Executive "
            "Chairman Patrick Pouyanne for the French company.",
            "Patrick Pouyanne",
            "TotalEnergies",
        ),
        (
            "Transport Secretary Jane Wanjiru signed for Kenya and DP World Chairman Sultan "
            "Ahmed bin Sulayem for the Emirati firm.",
            "Ahmed bin Sulayem",
            "DP World",
        ),
        (
            "Energy Secretary Tashi Wangmo signed for Bhutan and Adani Senior Managing Director "
            "Dasho Rajesh Kumar Sinha for the Indian group.",
            "Rajesh Kumar Sinha",
            "Adani",
        ),
    ],
)
def test_the_office_is_no_name_and_its_company_the_party(text, name, party):
    people = {p.name: p.party for p in read(text.encode(), "article.txt").people}
    assert name in people
    assert people[name] == party
