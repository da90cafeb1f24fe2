"""An exclusive economic zone is a sea a state owns, not an economy's text (SPEC sectors are
the areas the text names as its content): "un accord sur la surveillance des pêches dans les
zones économiques exclusives" is a fisheries text, and the adjective "économique" inside the
zone's name made it economy's too. The zone names no domain; its delimitation stays
diplomacy's, and a special economic zone stays economy's. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of

from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Gabon et Sao Tomé-et-Principe ont signé un accord sur la lutte contre la pêche "
            "illicite dans leurs zones économiques exclusives.",
        ),
        (
            "en",
            "Fiji and Tonga signed an agreement on fisheries management in their exclusive "
            "economic zones.",
        ),
        (
            "ru",
            "Россия и Марокко подписали соглашение о рыболовстве в исключительной "
            "экономической зоне Марокко.",
        ),
    ],
)
def test_fishing_in_the_zone_is_not_economy(lang: str, text: str) -> None:
    found = agreements_of(text, lang, published="2025-03-04")
    assert len(found) == 1
    assert found[0].sectors == ["agriculture"]


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("la délimitation de leurs zones économiques exclusives", ["diplomacy"]),
        ("the creation of special economic zones", ["economy"]),
        ("l'investissement dans la zone économique exclusive", ["economy"]),
        ("экономическое сотрудничество", ["economy"]),
    ],
)
def test_other_economic_words_keep_their_domain(phrase: str, sectors: list[str]) -> None:
    assert sectors_of(phrase) == sectors
