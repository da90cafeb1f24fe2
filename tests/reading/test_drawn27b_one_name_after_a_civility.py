"""One name alone after a civility and before its role is a whole name (session 30, drawB30).

Invented sentences. Communiqués write those who bear one name only (many Indonesians) as "M.
Sugiono, ministre des Affaires étrangères"; the reader took such a name for a whole one only
after an honorific ("S.E. M. Sugiono", "H.E. Sugiono"). A civility alone says it as well. A
family name said again after its full name stays that person.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "COMMUNIQUÉ CONJOINT\n\nLa première session de la Commission mixte entre le Bénin "
            "et l'Indonésie s'est tenue à Cotonou les 3 et 4 mars 2026. La délégation "
            "béninoise était conduite par M. Olushegun Adjadi Bakari, ministre des Affaires "
            "étrangères, et la délégation indonésienne par M. Wirawan, ministre des Affaires "
            "étrangères.",
            "Wirawan",
        ),
        (
            "JOINT PRESS RELEASE\n\nThe first session of the Joint Commission between Ghana and "
            "Indonesia was held in Accra on 3 and 4 March 2026. The Ghanaian delegation was "
            "led by Mr Kwame Mensah Boateng, Minister of Foreign Affairs, and the Indonesian "
            "delegation by Mr Hartono, Minister of Trade.",
            "Hartono",
        ),
    ],
)
def test_one_name_after_a_civility_and_before_a_role(text: str, name: str) -> None:
    assert name in [person.name for person in read(text).people]


def test_a_family_name_said_again_is_the_same_person() -> None:
    """Guard (passes on the start code too)."""
    text = (
        "COMMUNIQUÉ\n\nLe ministre malien des Mines, M. Moussa Traoré, a reçu lundi à Bamako son "
        "homologue guinéen. M. Traoré, ministre des Mines, a salué la qualité de la "
        "coopération entre le Mali et la Guinée, qui ont signé un accord dans le domaine minier."
    )
    names = [person.name for person in read(text).people]
    assert "Moussa Traoré" in names
    assert "Traoré" not in names
