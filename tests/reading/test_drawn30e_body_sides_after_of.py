"""A joint body named with its two sides after "of" ("the Joint Committee of the Eurasian
Economic Union and Mongolia", "le Comité mixte de l'Union européenne et du Maroc") keeps
them in its name, so that later mentions and sessions refer to that body and its sides
are both named ones. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "The second meeting of the Joint Committee of the European Union and Morocco took "
            "place in Rabat on 3 May 2026. The Joint Committee meets once a year.",
            "Joint Committee of the European Union and Morocco",
            "MAR",
        ),
        (
            "La deuxième réunion du Comité mixte de l'Union européenne et du Maroc s'est tenue "
            "à Rabat le 3 mai 2026. Le Comité mixte se réunit une fois par an.",
            "Comité mixte de l'Union européenne et du Maroc",
            "MAR",
        ),
    ],
)
def test_body_named_with_its_sides_after_of(text: str, name: str, side: str) -> None:
    reading = read(text.encode(), "article.txt")
    names = {b.name: b for b in reading.bodies}
    assert name in names
    assert side in names[name].parties
    assert any(s.body == name for s in reading.sessions)
