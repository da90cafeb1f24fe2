"""Sector and status words the ninth draw's Russian documents showed (session 20, drawC20).

Invented phrases: investing said as a verb or with its «со-» prefix («о соинвестировании»,
«об инвестировании», "coinvestissement") is the economy, as «инвестиции» was; trucks and buses
("500 trucks", «грузовиков», "des camions") are transport; a text "being prepared", "under
preparation", "en cours de préparation" is planned, as «в стадии подготовки» was.
"""

from __future__ import annotations

import pytest

from suivi.reading.sectors import sectors_of, status_of


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("соглашение о соинвестировании в портовые проекты", "economy"),
        ("меморандум о совместном инвестировании в гостиницы", "economy"),
        ("un accord de coinvestissement dans l'hôtellerie", "economy"),
        ("контракт на поставку 200 грузовиков для армии", "transport"),
        ("a contract for the supply of 300 trucks", "transport"),
        ("un contrat pour la livraison de 40 camions", "transport"),
    ],
)
def test_sector_words(phrase: str, sector: str) -> None:
    assert sector in sectors_of(phrase)


@pytest.mark.parametrize(
    "clause",
    [
        "A visa waiver agreement is now being prepared by the two ministries.",
        "A treaty on legal assistance is under preparation.",
        "Un accord sur la pêche est en cours de préparation.",
    ],
)
def test_a_text_being_written_is_planned(clause: str) -> None:
    assert status_of(clause) == "planned"


def test_guard_signed_stays_signed() -> None:
    assert status_of("The agreement on visas prepared by the ministries was signed.") == "signed"
