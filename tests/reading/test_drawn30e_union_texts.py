"""A union's texts with third states: the member states' talks with a partner «о заключении
соглашения» are a planned text of the members and that partner («заключении» is the noun,
no conclusion done); «соглашение … действует с октября 2016 года» is in force, and another
text than a memorandum signed at the event. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import status_of

_EAEU = ["ARM", "BLR", "KAZ", "KGZ", "RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Совет поручил Комиссии начать переговоры с Индонезией о заключении соглашения о "
        "свободной торговле.",
        "Стороны продолжат переговоры о подписании соглашения о торговле.",
    ],
)
def test_talks_on_concluding_are_planned(text: str) -> None:
    assert status_of(text.lower()) == "planned"


def test_in_force_since_a_date() -> None:
    assert status_of("соглашение о торговле действует с октября 2016 года") == "in_force"


_STORY = "\n\n".join(
    [
        ("3 марта 2026 года, Минск"),
        ("Евразийский межправительственный совет одобрил проект соглашения о торговле с Египтом"),
        (
            "3 марта в Минске состоялось заседание Евразийского межправительственного совета."
            " Главы правительств одобрили проект Соглашения о свободной торговле между "
            "Евразийским экономическим союзом и его государствами-членами, с одной стороны, и"
            " Республикой Индией, с другой стороны."
        ),
        (
            "Совет также поручил Комиссии совместно с правительствами государств - членов "
            "Союза начать переговоры с Королевством Камбоджа о заключении соглашения о "
            "свободной торговле."
        ),
        (
            "Председатель Коллегии ЕЭК и министр торговли Камбоджи подписали Меморандум о "
            "взаимопонимании между Евразийской экономической комиссией и Министерством "
            "торговли Камбоджи по вопросам технического регулирования. Соглашение о свободной"
            " торговле между ЕАЭС и Сербией действует с октября 2021 года. "
        ),
    ]
)


def test_members_negotiating_with_a_partner() -> None:
    found = [a for a in read(_STORY.encode(), "article.txt").agreements if "KHM" in a.parties]
    talks = [a for a in found if a.kind == "agreement"]
    assert talks
    assert sorted(talks[0].parties) == sorted([*_EAEU, "KHM"])
    assert talks[0].status == "planned"


def test_text_in_force_since() -> None:
    found = read(_STORY.encode(), "article.txt").agreements
    assert any(a.status == "in_force" and "SRB" in a.parties for a in found)
