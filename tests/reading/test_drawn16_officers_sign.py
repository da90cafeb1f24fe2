"""An organisation known by its initials signs through its officer: "KenGen managing
director X and CEEC regional director Y signed", "le directeur général de la SNIM, X, et le
PDG de la SOMELEC, Y, ont signé", «генеральный директор ОМК X и глава РЖД Y подписали». The
two companies are the contract's sides, not the states named elsewhere. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Kenya and the UAE signed a loan agreement. Later, TanGen managing director Peter "
            "Mwangi and SINOEL regional director Wang Lei signed the construction contract.",
            {"TanGen", "SINOEL"},
        ),
        (
            "Le directeur général de la SNIM, Ahmed Salem, et le PDG de la SOMELEC, Ali Wane, "
            "ont signé le contrat.",
            {"SNIM", "SOMELEC"},
        ),
        (
            "Генеральный директор ОМК Иван Петров и глава ТМК Олег Белов подписали контракт.",
            {"OMK", "TMK"},
        ),
    ],
)
def test_officers_sign_for_their_organisations(text, sides):
    contracts = [a for a in read(text).agreements if a.kind == "contract"]
    assert [set(a.parties) for a in contracts] == [sides]


def test_an_office_holder_who_signs_nothing_names_no_side():
    reading = read("The head of NASA Bill Nelson met the press in Nairobi on Monday.")
    assert reading.parties == []
