"""A state railway named in another language is the party by its own name (session 27, drawF27).

Invented sentences. SPEC: a company is a party by its own name, in Latin script as it writes
itself; Cuba's railways write themselves in Spanish ("Unión de Ferrocarriles de Cuba"),
whatever language the text is in («Союз железных дорог Кубы», "l'Union des chemins de fer de
Cuba").
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-05-05 В Гаване подписан контракт между ОАО «РЖД» и Союзом железных дорог "
        "Кубы на поставку локомотивов.",
        "date 2026-05-05 Un contrat a été signé à La Havane entre les Chemins de fer russes "
        "(RZD) et l'Union des chemins de fer de Cuba pour la livraison de locomotives.",
        "date 2026-05-05 Russian Railways and the Union of Railways of Cuba signed a contract "
        "in Havana on the supply of locomotives.",
    ],
)
def test_cuban_railways_by_their_own_name(text: str) -> None:
    (agreement,) = read(text).agreements
    assert "Unión de Ferrocarriles de Cuba" in agreement.parties
