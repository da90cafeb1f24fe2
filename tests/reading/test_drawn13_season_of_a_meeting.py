"""A season said without its year dates a meeting by the page's year ("scheduled for the
autumn in Quito", "se réunira à l'automne", «пройдёт осенью»), the next year's when the
season is over and the meeting still to come, the year before's when the season is still
ahead and the meeting told held (thirteenth draw, drawC22). Invented crawls, fr/en/ru."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _starts(text: str) -> list[str | None]:
    return [s.start for s in read(text.encode(), "article.txt").sessions]


CASES = [
    (
        "date 2026-06-16 Peru and Ecuador agree on a border plan\n"
        "The plan will be signed at the next meeting of the Peru-Ecuador Binational Commission, "
        "scheduled for the autumn in Quito.",
        "2026",
    ),
    (
        "date 2026-03-02 Chile and Bolivia talk trade\n"
        "The Chile-Bolivia Joint Commission will meet in the spring in La Paz, the ministry said.",
        "2026",
    ),
    (
        "date 2026-11-20 Ghana and Togo talk trade\n"
        "The Ghana-Togo Permanent Joint Commission will meet in the spring in Lomé, the ministry "
        "said.",
        "2027",
    ),
    (
        "date 2026-05-10 Le Niger et le Tchad renforcent leur coopération\n"
        "La prochaine session de la commission mixte nigéro-tchadienne se tiendra à l'automne à "
        "N'Djamena.",
        "2026",
    ),
    (
        "date 2026-05-10 Казахстан и Киргизия расширяют сотрудничество\n"
        "Следующее заседание казахстанско-киргизской межправительственной комиссии пройдёт "
        "осенью в Бишкеке.",
        "2026",
    ),
    (
        "date 2026-10-10 Казахстан и Узбекистан расширяют сотрудничество\n"
        "Следующее заседание казахстанско-узбекской межправительственной комиссии пройдёт "
        "весной в Ташкенте.",
        "2027",
    ),
]


@pytest.mark.parametrize(("text", "year"), CASES, ids=range(len(CASES)))
def test_a_season_without_its_year_dates_the_meeting(text, year):
    assert _starts(text) == [year]


def test_a_season_naming_no_time_of_meeting_dates_nothing():
    text = (
        "date 2026-06-16 Peru and Ecuador agree on water\n"
        "Peru and Ecuador signed an agreement on irrigation. The Peru-Ecuador Binational "
        "Commission's working group settled the releases for the summer irrigation season."
    )
    assert _starts(text) == []
