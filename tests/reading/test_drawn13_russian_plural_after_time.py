"""Russian «соглашения» is a genitive singular or a plural: after a signing verb it is the
plural, and so it is when a time or a place stands between the verb and its object
(«подписали в понедельник соглашения в области ... и ...», «подписали вчера», «подписали в
Лиме»): one text a domain (thirteenth draw, drawC22). The singular, and a draft's genitive
(«обсудили в понедельник проект соглашения»), stay one text. Invented sentences; English and
French mark the plural and were read already."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str) -> list[tuple[str, ...]]:
    """Each text's sorted sectors, in reading order."""
    found, _ = agreements.extract(context(text, "ru", published="2026-03-10"))
    return [tuple(sorted(a.sectors)) for a in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Чили и Перу подписали в понедельник соглашения в области водного хозяйства и "
            "железнодорожного транспорта.",
            [("water",), ("transport",)],
        ),
        (
            "Чили и Перу подписали вчера соглашения о торговле и туризме.",
            [("trade",), ("culture",)],
        ),
        (
            "Чили и Перу подписали в Лиме соглашения в сферах образования и здравоохранения.",
            [("education",), ("health",)],
        ),
        (
            "Армения и Грузия заключили во вторник соглашения о таможенном сотрудничестве и "
            "здравоохранении.",
            [("trade",), ("health",)],
        ),
        (
            "Министры Армении и Грузии подписали сегодня соглашения в области энергетики и "
            "сельского хозяйства.",
            [("energy",), ("agriculture",)],
        ),
    ],
)
def test_the_plural_after_a_time_or_place_is_one_text_a_domain(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Чили и Перу подписали в понедельник соглашение о торговле и туризме.",
        "Министры Чили и Перу обсудили в понедельник проект соглашения о торговле и туризме.",
    ],
)
def test_a_singular_or_a_drafts_genitive_stays_one_text(text):
    assert read(text) == [("culture", "trade")]
