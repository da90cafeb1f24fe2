"""An organisation the text spells out once and then calls by a shorter name of its own ("the
OPEC Fund for International Development ... the OPEC Fund") is one party, under the shorter
name, the one it goes by (twelfth draw, drawF21). Invented sentences, en/fr."""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer_data as data
from suivi.reading.pipeline import read

CASES = [
    (
        "Ghana signed a grant agreement with the United Nations Development Programme on "
        "Monday. The UN Development Programme will fund solar pumps in the north.",
        "UN Development Programme",
    ),
    (
        "Namibia signed a loan agreement with the OPEC Fund for International Development in "
        "Windhoek. The OPEC Fund has lent to Namibia since 1992.",
        "OPEC Fund",
    ),
    (
        "Rwanda signed a memorandum with the United Nations Economic Commission for Africa. "
        "The Economic Commission for Africa will advise on trade statistics.",
        "Economic Commission for Africa",
    ),
    (
        "Le Bénin a signé un accord avec l'Autorité de développement intégré de la région du "
        "Liptako-Gourma. L'Autorité du Liptako-Gourma financera des forages.",
        "Autorité du Liptako-Gourma",
    ),
    (
        "Le Tchad a signé lundi un accord de prêt avec le Fonds de l'OPEP pour le "
        "développement international. Le Fonds de l'OPEP prête au Tchad depuis 1976.",
        # the OPEC Fund goes by its English name in French texts (dev gold b278), as the IsDB
        "OPEC Fund",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_an_organisation_spelled_out_then_shortened_is_one_party(text, name):
    reading = read(text.encode(), "article.txt")
    organisations = [p for p in reading.parties if len(p) > 3]
    assert organisations == [name]


def test_no_organisation_is_listed_twice_under_two_codes():
    spelled = {
        name for v in data.SPELLED_ORGANISATIONS.values() for name in v["acronyms"] + v["names"]
    }
    assert spelled.isdisjoint(data.NAMED_ORGANISATIONS)
