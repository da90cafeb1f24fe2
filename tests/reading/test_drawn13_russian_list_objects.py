"""Russian has no article: a mention that follows a signing verb's object in a list
(«подписали меморандум о рыболовстве, исполнительную программу на 2026 год и соглашение о
...») is an object of that verb too, a new text, even with no content of its own; only a
mention at a sentence's head is a repeat of the text read before. A feminine noun in the
nominative after the comma («программа которого») is a subject, no list item (thirteenth
draw, drawC22). Invented sentences; English and French say it with an article and were read
already."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each text's kind and sorted sectors, in reading order."""
    found, _ = agreements.extract(context(text, "ru", published="2026-03-10"))
    return [(a.kind, tuple(sorted(a.sectors))) for a in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Чили и Перу подписали меморандум о рыболовстве, исполнительную программу на "
            "2025–2027 годы и соглашение о здравоохранении.",
            ("programme", ("general",)),
        ),
        (
            "Чили и Перу подписали меморандум о рыболовстве, культурную исполнительную "
            "программу на 2025–2027 годы и соглашение о здравоохранении.",
            ("programme", ("culture",)),
        ),
        (
            "Армения и Грузия подписали соглашение о торговле, план консультаций на 2026 год "
            "и меморандум о туризме.",
            ("programme", ("general",)),
        ),
        (
            "Министры Армении и Грузии подписали меморандум о туризме и дорожную карту на "
            "2026–2027 годы.",
            ("programme", ("general",)),
        ),
        (
            "Казахстан и Монголия подписали соглашение о транспорте, а также совместную "
            "программу на 2026 год.",
            ("programme", ("general",)),
        ),
    ],
)
def test_a_later_item_of_a_signed_list_is_a_new_text(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Армения и Грузия подписали соглашение о торговле. Программа на 2026 год будет "
            "утверждена позже.",
            [("agreement", ("trade",))],
        ),
        (
            "Армения и Грузия подписали соглашение о торговле, программа которого рассчитана "
            "на три года.",
            [("agreement", ("trade",))],
        ),
    ],
)
def test_a_subject_or_a_later_sentence_is_no_list_item(text, expected):
    assert read(text) == expected
