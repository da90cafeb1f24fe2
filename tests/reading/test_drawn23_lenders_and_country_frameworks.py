"""A loan's lender, and a UN agency's country programming framework (session 28, drawD28).

Invented sentences. "Un troisième accord, portant sur un prêt de la Banque islamique de
développement", "a third agreement, covering a loan from the AfDB": one more text after a
count of texts signed with another lender is not bound to that lender; the lender whose
loan it bears on is its side (SPEC: the sides bound by it), as one told "with" it is.

The FAO signs a "Country Programming Framework" ("cadre de programmation par pays") with a
state, as UNDP and the IAEA sign country programme documents and frameworks: a text of kind
`programme` between the state and the agency (SPEC: programme, plan d'action).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "lender", "other"),
    [
        (
            "Le Niger a conclu lundi deux accords de financement avec la Banque mondiale. La "
            "Banque mondiale est le premier partenaire du pays. Un troisième accord, portant "
            "sur un prêt de la Banque islamique de développement pour l'adduction d'eau potable "
            "à Zinder, doit être signé avant la fin de l'année.",
            "Banque islamique de développement",
            "WB",
        ),
        (
            "Kenya concluded two financing agreements with the World Bank on Monday. The World "
            "Bank is the country's first partner. A third agreement, covering a loan from the "
            "African Development Bank for water supply in Mombasa, is to be signed before the "
            "end of the year.",
            "AfDB",
            "WB",
        ),
    ],
)
def test_third_text_binds_the_lender_of_its_loan(text: str, lender: str, other: str) -> None:
    third = [a for a in read(text).agreements if a.status == "planned"]
    assert third
    for agreement in third:
        assert lender in agreement.parties
        assert other not in agreement.parties


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Le Niger et la FAO ont signé lundi à Niamey le cadre de programmation par pays "
            "2026-2030, qui fixe les priorités de l'organisation dans le pays.",
            "NER",
        ),
        (
            "Kenya and the FAO signed the Country Programming Framework 2026-2030 in Nairobi "
            "on Monday.",
            "KEN",
        ),
    ],
)
def test_country_programming_framework_is_a_programme(text: str, state: str) -> None:
    (programme,) = read(text).agreements
    assert programme.kind == "programme"
    assert sorted(programme.parties) == sorted([state, "FAO"])
