"""A text to be drafted and agreed is a planned text (session 30, drawB30).

Invented sentences. "une feuille de route sera élaborée", «договорились разработать дорожную
карту» tell a task, not a text (the reader leaves them). But a drafting verb coordinated with
one that adopts or signs what is drafted ("to draw up and sign an action plan", «разработать и
согласовать план действий») tells a text the sides are to agree: a planned programme. In
Russian, with no article, its object was taken for a text already told and dropped.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Kenya and Tanzania held talks in Nairobi on Monday. By the end of the year, the two "
            "ministries are to draw up and sign an action plan for joint projects in "
            "agriculture.",
            ["KEN", "TZA"],
        ),
        (
            "Le Sénégal et la Gambie ont tenu des consultations à Dakar lundi. Les deux "
            "ministères doivent élaborer et adopter une feuille de route pour des projets "
            "conjoints dans l'agriculture.",
            ["GMB", "SEN"],
        ),
        (
            "МИНСК, 5 мая (БЕЛТА) – Беларусь и Куба провели переговоры в Минске. До конца года "
            "стороны должны разработать и согласовать план действий по реализации совместных "
            "проектов в агропромышленном комплексе.",
            ["BLR", "CUB"],
        ),
        (
            "АСТАНА, 5 мая – Казахстан и Узбекистан провели переговоры в Астане. Министерства "
            "должны подготовить и утвердить дорожную карту сотрудничества в сфере "
            "здравоохранения.",
            ["KAZ", "UZB"],
        ),
    ],
)
def test_drafted_and_agreed_is_a_planned_programme(text: str, parties: list[str]) -> None:
    (plan,) = read(text).agreements
    assert plan.kind == "programme"
    assert plan.status == "planned"
    assert sorted(plan.parties) == parties


@pytest.mark.parametrize(
    "text",
    [
        "Le Sénégal et la Gambie ont tenu des consultations à Dakar lundi. Une feuille de route "
        "pour des projets conjoints dans l'agriculture sera élaborée par les deux ministères.",
        "АСТАНА, 5 мая – Казахстан и Узбекистан провели переговоры в Астане. Министерства "
        "должны подготовить дорожную карту сотрудничества в сфере здравоохранения.",
    ],
)
def test_drafting_alone_stays_a_task(text: str) -> None:
    """Guard (passes on the start code too)."""
    assert read(text).agreements == []
