"""A joint mechanism that follows up what two states agreed ("a joint monitoring mechanism
that will report every six months", "un mécanisme conjoint de suivi", «совместный механизм
мониторинга») is a standing body with its own cadence; the commission that agreed on it keeps
the cadence its own sentence gave it. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _cadences(text: str) -> dict[str, int | None]:
    return {b.name.lower(): b.cadence_months for b in read(text.encode(), "article.txt").bodies}


@pytest.mark.parametrize(
    ("text", "commission", "mechanism"),
    [
        (
            "The Ghana-Togo Joint Commission met in Accra. The commission is meant to meet every "
            "two years. Minister Kofi Asare said the commission had agreed on a joint monitoring "
            "mechanism that will report every six months to the two ministers.",
            "ghana-togo joint commission",
            "joint monitoring mechanism",
        ),
        (
            "La Commission mixte ghanéo-togolaise s'est réunie à Accra. La commission se réunit "
            "tous les deux ans. Selon le ministre, la commission a créé un mécanisme conjoint de "
            "suivi qui fera rapport tous les six mois aux deux ministres.",
            "commission mixte ghanéo-togolaise",
            "mécanisme conjoint de suivi",
        ),
    ],
)
def test_the_mechanism_has_its_own_cadence(text, commission, mechanism):
    cadences = _cadences(text)
    assert cadences.get(commission) == 24
    assert cadences.get(mechanism) == 6
