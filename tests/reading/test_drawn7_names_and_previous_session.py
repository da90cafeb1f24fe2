"""A surname joined by "e"/"y", and the previous session numbered in apposition (drawA19).

- "Ulisses Correia e Silva", "José Ortega y Gasset": a Portuguese or Spanish surname joined
  by "e"/"y" is part of the name (in French or English text those words join nothing else);
- "depuis la précédente, la quatrième, tenue à Dakar en novembre 2019", "since the previous
  one, the fourth, held in Nairobi in June 2017": "previous" alone stands for a meeting the
  sentences before named, and the ordinal set apart by commas numbers it.
Sentences invented for the tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "La ministre a ensuite été reçue par le Premier ministre capverdien, Fernando Alves e "
        "Costa, à Praia.",
        "The minister was then received by Cabo Verde's Prime Minister, Fernando Alves e Costa, "
        "in Praia.",
    ],
)
def test_surname_joined_by_e_is_kept(text: str) -> None:
    names = [p.name for p in read(text).people]
    assert "Fernando Alves e Costa" in names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "La sixième session de la Commission mixte de coopération mauritano-sénégalaise "
            "s'est tenue à Nouakchott le 4 mars 2025. Huit ans s'étaient écoulés depuis la "
            "précédente, la cinquième, tenue à Dakar en juin 2017.",
            "Dakar",
        ),
        (
            "The sixth session of the Kenya-Uganda Joint Permanent Commission was held in "
            "Kampala on 4 March 2025. Eight years had passed since the previous one, the fifth, "
            "held in Nairobi in June 2017.",
            "Nairobi",
        ),
    ],
)
def test_previous_session_numbered_in_apposition(text: str, place: str) -> None:
    sessions = {s.number: s for s in read(text).sessions}
    assert sessions[6].start == "2025-03-04"
    assert sessions[5].start == "2017-06"
    assert sessions[5].place == place
