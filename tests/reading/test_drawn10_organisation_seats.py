"""A capital that seats an organisation the text names stands for it (session 20, drawE20).

Invented sentences: "Brussels" in a story of the EU that never names Belgium is the EU's
seat ("Brussels welcomed the text", "talks in Brussels"), not a Belgian side; "Addis Ababa"
in a story of the African Union likewise. A story that names the state too keeps it.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Armenia and the European Union on Tuesday initialled a trade agreement in Yerevan."
            "\n\nOnce in force, it will replace the cooperation agreement signed in 1999. "
            "Brussels calls the new text a modern agreement.",
            "BEL",
        ),
        (
            "L'Arménie et l'Union européenne ont signé mardi un accord commercial à Erevan."
            "\n\nUne fois en vigueur, il remplacera l'accord de coopération signé en 1999. "
            "Bruxelles qualifie le nouveau texte d'accord moderne.",
            "BEL",
        ),
        (
            "Kenya and the African Union on Tuesday signed a health agreement in Nairobi."
            "\n\nOnce in force, it will replace the cooperation agreement signed in 2009. "
            "Addis Ababa calls the new text a modern agreement.",
            "ETH",
        ),
    ],
)
def test_an_organisation_seat_is_not_its_state(text: str, absent: str) -> None:
    reading = read("Partners sign new texts this week\n\n" + text, "news.txt")
    assert absent not in reading.parties
    assert all(absent not in a.parties for a in reading.agreements)


def test_the_state_named_too_keeps_its_capital() -> None:
    text = (
        "Belgium and the European Union signed a port agreement in Brussels on Monday. "
        "Brussels hopes for more trade."
    )
    assert "BEL" in read("Partners sign new texts this week\n\n" + text, "news.txt").parties
