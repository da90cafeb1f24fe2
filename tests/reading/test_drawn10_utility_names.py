"""A utility named by its trade and its country, then its short name ("Électricité du Mali
(EDM)"), is a company that signs as itself, its country its home (tenth draw, drawD20).
Invented sentences (French: the shape is French utilities')."""

from __future__ import annotations

from suivi.reading.pipeline import read


def test_two_utilities_named_by_trade_and_country_sign_as_themselves():
    reading = read(
        "Électricité du Ghana (EDG) et Électricité du Togo (EDT) ont conclu mardi un contrat "
        "d'achat d'électricité de 200 MW.".encode(),
        "article.txt",
    )
    assert [sorted(a.parties) for a in reading.agreements] == [["EDG", "EDT"]]


def test_electricity_as_a_word_names_no_company():
    reading = read(
        "Le Sénégal et le Mali ont signé un accord sur l'électricité (interconnexion) à "
        "Dakar.".encode(),
        "article.txt",
    )
    assert [sorted(a.parties) for a in reading.agreements] == [["MLI", "SEN"]]
