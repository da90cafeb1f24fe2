"""A count spelled out with its figure repeated in brackets (session 27, drawA27).

Invented sentences. Official French (and some English and Russian) writes a count in words
and then in figures: "quatre (04) accords ont été signés", "three (3) agreements". SPEC's
`agreements_total` is the number the text says were signed; the bracketed figure must not
hide the count. An amount stays no count: "vingt (20) millions d'euros".
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-09-18 Ghana and Japan signed three (3) agreements in Accra on Thursday, on "
        "health, water and roads.",
        "date 2025-09-18 Le Ghana et le Japon ont signé jeudi à Accra trois (03) accords, sur "
        "la santé, l'eau et les routes.",
        "date 2025-09-18 Россия и Того подписали в четверг три (3) соглашения — о "
        "здравоохранении, энергетике и образовании.",
    ],
)
def test_bracketed_figure_keeps_the_count(text: str) -> None:
    assert read(text).agreements_total == 3


def test_bracketed_amount_is_no_count() -> None:
    text = (
        "date 2025-09-18 Le Ghana et le Japon ont signé jeudi à Accra un accord de don de "
        "vingt (20) millions d'euros sur la santé, et un accord sur l'eau."
    )
    assert read(text).agreements_total is None
