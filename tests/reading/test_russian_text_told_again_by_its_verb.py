"""A Russian kind word that opens a sentence with a verb in the present is a text told again.

Russian has no article: «протокол расширяет полномочия комиссии» speaks of the protocol just
ratified by what it does; neither the domain the words after it give nor the commission it
names makes it a new text or a session's minutes. The minutes of a session stay minutes
however they are told.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

OPENING = (
    "date 2025-06-12 Сенат ратифицировал соглашения - kazinform.kz\n\n"
    "АСТАНА. Сенат Парламента на пленарном заседании в четверг ратифицировал соглашение между "
    "Правительством Республики Казахстан и Правительством Катара о туризме.\n"
    "Также сенаторы ратифицировали протокол между Правительством Республики Казахстан и "
    "Правительством Туркменистана о пограничных реках.\n"
)


def agreements(text: str) -> list[tuple[str, list[str]]]:
    reading = read(text.encode(), "story.txt").to_dict()
    return [(a["kind"], sorted(a["parties"])) for a in reading["agreements"]]


@pytest.mark.parametrize(
    "told_again",
    ids=["widens-powers-of-a-commission", "widens-powers", "provides-for"],
    argvalues=[
        "По словам министра, протокол расширяет полномочия Аму-Дарьинской водохозяйственной "
        "комиссии, заседания которой проходят дважды в год.",
        "Протокол расширяет полномочия комиссии.",
        "Как пояснил министр, соглашение предусматривает развитие туризма и гостиничного дела.",
    ],
)
def test_a_text_told_again_by_what_it_does_is_no_new_text(told_again: str) -> None:
    assert agreements(OPENING + told_again) == [
        ("agreement", ["KAZ", "QAT"]),
        ("protocol", ["KAZ", "TKM"]),
    ]


@pytest.mark.parametrize(
    "minutes",
    ids=["ordinal-in-words", "signed-by-co-chairs"],
    argvalues=[
        "По итогам заседания сопредседатели подписали протокол двадцать первого заседания "
        "межправительственной комиссии.",
        "По итогам заседания был подписан протокол. Протокол подписали сопредседатели комиссии.",
    ],
)
def test_the_minutes_of_a_session_are_still_read(minutes: str) -> None:
    text = (
        "date 2025-06-12 Заседание комиссии - kazinform.kz\n\n"
        "АСТАНА. В четверг в Астане прошло заседание межправительственной комиссии по "
        "сотрудничеству между Республикой Казахстан и Туркменистаном. " + minutes
    )
    assert [parties for _, parties in agreements(text)] == [["KAZ", "TKM"]]
