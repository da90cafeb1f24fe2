"""A fund's or a bank's own board of governors is no body of cooperation (drawE19).

Invented sentences: a state initials a loan agreement with a fund, "qui sera soumis au Conseil
des gouverneurs du Fonds" / "to be submitted to the Council of Governors of the Fund" / «будет
представлено Совету губернаторов Фонда»: the lender's own organ that approves its loans, not a
joint body of the two sides. Guard: a council of governors of two states' border regions stays.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_TEXTS = {
    "fr": "Le Niger et le Fonds koweïtien ont paraphé un accord de prêt pour l'irrigation, qui "
    "sera soumis à la prochaine session du Conseil des gouverneurs du Fonds.",
    "en": "Niger and the Kuwait Fund initialled a loan agreement for irrigation, which will be "
    "submitted to the next session of the Council of Governors of the Fund.",
    "ru": "Нигер и Кувейтский фонд парафировали кредитное соглашение об орошении, которое будет "
    "представлено на следующей сессии Совета губернаторов Фонда.",
}


@pytest.mark.parametrize("lang", ["fr", "en", "ru"])
def test_a_funds_board_is_no_body(lang: str) -> None:
    assert read(_TEXTS[lang]).bodies == []


def test_a_council_of_governors_of_two_states_stays() -> None:
    text = (
        "Le Niger et le Nigeria ont tenu à Maradi la troisième session du Conseil des "
        "gouverneurs des régions frontalières nigéro-nigérianes."
    )
    assert [b.name for b in read(text).bodies]
