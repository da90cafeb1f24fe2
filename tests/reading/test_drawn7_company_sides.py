"""Two organisations that sign a text about a state's network (session 19, drawC19).

Invented sentences: where two organisations by name and no state are the subject of the
signing («TAQA и сенегальский системный оператор АО «ZetaGrid» подписали …», "TAQA and the
grid operator ZetaGrid SA signed …"), a state named after the mention, in what the text is
about ("to the national grid of Senegal", «к национальной электросети Сенегала»), is not a
side; a state's lower-case adjective before one of them only describes it. Guard: a state
that is named by name in the subject signs beside them.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_STORY = {
    "ru": "Министр энергетики Сенегала и компания TAQA подписали соглашение о строительстве "
    "ветровой электростанции. ",
    "en": "Senegal's energy minister and TAQA signed an agreement on building a wind farm. ",
    "fr": "Le ministre sénégalais de l'Énergie et TAQA ont signé un accord sur la construction "
    "d'une centrale éolienne. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "Вслед за этим TAQA и сенегальский системный оператор АО «ZetaGrid» подписали "
            "соглашение о технологическом присоединении станции к национальной электросети "
            "Сенегала.",
        ),
        (
            "ru",
            "Затем TAQA и АО «ZetaGrid» подписали соглашение о присоединении станции к "
            "национальной электросети Сенегала.",
        ),
        (
            "fr",
            "TAQA et l'opérateur ZetaGrid SA ont ensuite signé un accord sur le raccordement de "
            "la centrale au réseau national du Sénégal.",
        ),
    ],
)
def test_organisations_sign_a_text_about_a_states_grid(lang: str, sentence: str) -> None:
    reading = read(_STORY[lang] + sentence)
    second = [a for a in reading.agreements if "ZetaGrid" in a.evidence]
    assert len(second) == 1
    assert "SEN" not in second[0].parties
    assert "TAQA" in second[0].parties and len(second[0].parties) == 2


def test_a_state_named_in_the_subject_still_signs() -> None:
    reading = read(
        _STORY["ru"] + "Затем Сенегал, TAQA и АО «ZetaGrid» подписали соглашение о "
        "присоединении станции к национальной электросети Сенегала."
    )
    second = [a for a in reading.agreements if "ZetaGrid" in a.evidence]
    assert len(second) == 1 and "SEN" in second[0].parties
