"""A lender named in full before a short name built from its words' first letters, one word
giving more than its initial (tenth draw, drawD20): the short name signs. Invented, fr/en."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "Le ministre togolais des Finances a signé mardi à Lomé un accord de garantie avec le "
        "Fonds Ouest-Africain de Garantie et de Solidarité Économique (FOAGASE).",
        ["FOAGASE", "TGO"],
    ),
    (
        "Le Niger a signé lundi un accord de prêt avec la Caisse Régionale de Crédit et de "
        "Développement Rural (CARCDR) pour des forages pastoraux.",
        ["CARCDR", "NER"],
    ),
    (
        "Zambia's finance minister on Monday signed a guarantee agreement with the Southern "
        "Guarantee and Export Fund (SOGEF) for small farmers.",
        ["SOGEF", "ZMB"],
    ),
]


@pytest.mark.parametrize(("text", "parties"), CASES)
def test_a_lender_signs_by_its_short_name(text, parties):
    reading = read(text.encode(), "article.txt")
    assert [sorted(a.parties) for a in reading.agreements] == [parties]


def test_a_state_centre_so_named_stays_its_state():
    reading = read(
        "Le Sénégal et le Mali ont signé un mémorandum d'entente entre le Centre de promotion "
        "des exportations (CEPROX) et l'Agence malienne de l'investissement.".encode(),
        "article.txt",
    )
    assert "CEPROX" not in reading.parties
