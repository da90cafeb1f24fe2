"""«В следующий раз в 2027 году» is a date, not a cadence (drawA22).

Russian says "next time" as «в следующий раз», so a year after it reads «раз в 2027 году», the
shape of a cadence «раз в два года» (once in two years). A count of years or months between
meetings is small (one or two digits); a year is a date. Invented sentences: the cadence the
sentence states (yearly, every two years) is read, or none. Guards: small counts in digits and
words still give their cadence in the three languages.
"""

from __future__ import annotations

import pytest

from suivi.reading.bodies import cadence
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Совет, заседания которого проходят ежегодно, соберётся в следующий раз в 2027 году.", 12),
        ("Комиссия соберётся в следующий раз в 2028 году в Душанбе.", None),
        ("Форум пройдёт в следующий раз в 2030 году в Бишкеке.", None),
        ("Рабочая группа собирается ежеквартально, в следующий раз в 2029 году.", 3),
    ],
)
def test_a_year_after_next_time_is_no_cadence(sentence: str, months: int | None) -> None:
    assert cadence(sentence) == months


def test_a_body_met_yearly_next_time_in_a_year() -> None:
    text = (
        "В Ереване прошло заседание Межправительственной комиссии Армении и Монголии по "
        "экономическому сотрудничеству. Комиссия, заседания которой проводятся ежегодно, "
        "соберётся в следующий раз в 2027 году в Улан-Баторе."
    )
    assert [b.cadence_months for b in read(text).bodies] == [12]


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Комиссия собирается раз в 2 года.", 24),
        ("Рабочая группа, которая собирается раз в два года, в следующий раз в 2029 году.", 24),
        ("Совет в следующий раз соберётся в 2027 году.", None),
        ("Комиссия собирается раз в три месяца.", 3),
        ("The commission meets every 2 years.", 24),
        ("La commission se réunit tous les 18 mois.", 18),
        ("La commission se réunira la prochaine fois en 2027.", None),
        ("The commission will meet next time in 2027.", None),
    ],
)
def test_small_counts_keep_their_cadence(sentence: str, months: int | None) -> None:
    assert cadence(sentence) == months
