"""The text an amending protocol names keeps its own date even when its title is long
(session 19, drawF19).

Invented sentences: «Протокол о внесении изменений в Соглашение между Правительством ... (a
long title) от 21 января 2000 года», "le Protocole portant modification de l'Accord entre
... (a long title) du 21 janvier 2000": the amended text's date closes its title beyond the
reach an older text's date was read in, so the amended text, mentioned in passing with its
date (SPEC), was lost.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-06-12 Сенаторы ратифицировали Протокол о внесении изменений в Соглашение "
        "между Правительством Республики Армения и Правительством Грузинской Республики о "
        "совместном использовании гидротехнических сооружений межгосударственного значения "
        "на реке Дебед от 21 января 2000 года.",
        "date 2025-06-12 Les sénateurs ont ratifié le Protocole portant modification de "
        "l'Accord entre le Gouvernement de la République du Mali et le Gouvernement de la "
        "République du Niger relatif à l'utilisation des ouvrages hydrauliques d'intérêt "
        "commun sur le fleuve Niger du 21 janvier 2000.",
    ],
)
def test_amended_text_with_a_long_title_is_read_with_its_date(text: str) -> None:
    reading = read(text)
    kinds = sorted((a.kind, a.date) for a in reading.agreements)
    assert len(reading.agreements) == 2
    assert ("agreement", "2000-01-21") in kinds


def test_amended_text_of_this_year_is_no_older_text() -> None:
    text = (
        "date 2025-06-12 Стороны подписали протокол о внесении изменений в соглашение между "
        "Правительством Республики Армения и Правительством Грузии о совместном использовании "
        "гидротехнических сооружений межгосударственного значения от 3 марта 2025 года."
    )
    reading = read(text)
    assert [a.kind for a in reading.agreements] == ["protocol"]
