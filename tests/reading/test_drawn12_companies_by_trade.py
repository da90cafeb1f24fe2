"""Companies named by the word for their trade before them ("the water utility Lusaka Water",
"national carrier Skylink", "le distributeur Sodicam") or after them ("An Hoa Paper",
"Nile Pulp", "Olam Foods"), a state's possessive before such a name ("Vietnam's An Hoa Paper":
no article follows a possessive, and a given name inside it makes no person) are parties of
their own (twelfth draw, drawF21). Invented sentences, en/fr."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "The water utility Lusaka Water and Veolia signed a management contract.",
        "Lusaka Water",
    ),
    (
        "Le transporteur Socatraf et la société tchadienne Tchad Logistique ont signé un contrat.",
        "Socatraf",
    ),
    (
        "National carrier Skylink and Brazilian planemaker Embraer signed a contract for six "
        "regional jets on Tuesday.",
        "Skylink",
    ),
    (
        "Le distributeur Sodicam et la société ivoirienne Sifca ont signé un contrat de "
        "fourniture d'huile de palme.",
        "Sodicam",
    ),
    (
        "The deal is a contract between Fibria and Thailand's An Phu Paper for the supply of pulp.",
        "An Phu Paper",
    ),
    (
        "Cambodia's An Giang Foods signed a supply contract with the Kenyan miller Unga on Monday.",
        "An Giang Foods",
    ),
    (
        "A memorandum was signed between Indonesia's A Chau Seafood and the Peruvian fishing "
        "firm Pesquera Andina.",
        "A Chau Seafood",
    ),
]


@pytest.mark.parametrize(("text", "company"), CASES)
def test_a_company_named_by_its_trade_is_a_party(text, company):
    reading = read(text.encode(), "article.txt")
    assert company in reading.parties
