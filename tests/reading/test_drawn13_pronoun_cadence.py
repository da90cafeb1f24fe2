"""A pronoun that meets, in the sentence after a body was named or referred to ("The
commission last met in 2022. The ministers agreed that it would henceforth meet every two
years", "Elle se réunira désormais tous les deux ans", «Она будет собираться раз в два
года»), is that body: the cadence is the body's (thirteenth draw, drawC22). Invented crawls,
en/fr/ru."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _cadences(text: str) -> list[int | None]:
    return [b.cadence_months for b in read(text.encode(), "article.txt").bodies]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "date 2026-05-10 Chile and Peru hold talks\n"
            "Chile and Peru held the third session of the Chile-Peru Joint Commission in Lima. "
            "The commission last met in Santiago in 2022. The two ministers agreed that it "
            "would henceforth meet every two years.",
            24,
        ),
        (
            "date 2026-05-10 Ghana and Togo hold talks\n"
            "The Ghana-Togo Permanent Joint Commission met in Accra on Monday. It will meet "
            "twice a year from now on, the ministers said.",
            6,
        ),
        (
            "date 2026-05-10 Le Niger et le Tchad renforcent leur coopération\n"
            "La commission mixte nigéro-tchadienne s'est réunie à Niamey. Les ministres ont "
            "convenu qu'elle se réunira désormais tous les deux ans.",
            24,
        ),
        (
            "date 2026-05-10 Le Bénin et le Togo renforcent leur coopération\n"
            "La commission mixte béninoise-togolaise a tenu sa session à Cotonou. Elle se "
            "réunira chaque année, alternativement à Lomé et à Cotonou.",
            12,
        ),
        (
            "date 2026-05-10 Армения и Грузия расширяют сотрудничество\n"
            "В Ереване прошло заседание армяно-грузинской межправительственной комиссии. "
            "Стороны договорились, что она будет собираться раз в два года.",
            24,
        ),
    ],
)
def test_a_pronoun_that_meets_gives_the_body_its_cadence(text, months):
    assert _cadences(text) == [months]


def test_a_pronoun_far_from_the_body_gives_nothing():
    text = (
        "date 2026-05-10 Chile and Peru hold talks\n"
        "Chile and Peru held the third session of the Chile-Peru Joint Commission in Lima. "
        "Trade between the two countries grew by 12% last year. Copper led exports. Peru "
        "also hosts a regional forum; it meets every two years."
    )
    assert _cadences(text) == [None]
