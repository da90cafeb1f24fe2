"""Shapes the reader missed on the eighth random draw (session 19, drawF19).

Invented sentences: statistics named by the Russian adjective («статистический комитет»,
«статистических данных») is administration, as «статистика» already was; «не реже одного
раза в два года» counts «раза», the genitive after «одного», as «раз в два года» did.
"""

from __future__ import annotations

import pytest

from suivi.reading.bodies import cadence
from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "phrase",
    [
        "о сотрудничестве между статистическими службами двух стран",
        "об обмене статистическими данными",
        "on cooperation between the statistical offices",
        "sur la coopération entre les instituts statistiques",
    ],
)
def test_statistical_adjective_is_administration(phrase: str) -> None:
    assert sectors_of(phrase) == ["administration"]


def test_memorandum_between_statistics_committees_is_administration() -> None:
    text = (
        "В Душанбе подписан меморандум о сотрудничестве между Государственным "
        "статистическим комитетом Таджикистана и Национальным статистическим комитетом Армении."
    )
    reading = read(text)
    assert [a.sectors for a in reading.agreements] == [["administration"]]


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Комиссия будет собираться не реже одного раза в два года.", 24),
        ("Совет проводит заседания не реже одного раза в три года.", 36),
        ("Рабочая группа встречается не реже одного раза в три месяца.", 3),
        ("Комиссия собирается не реже одного раза в год.", 12),
    ],
)
def test_once_in_n_years_with_genitive(sentence: str, months: int) -> None:
    assert cadence(sentence) == months
