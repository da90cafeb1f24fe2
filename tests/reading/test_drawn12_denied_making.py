"""A text whose making the sentence denies is none (SPEC: agreements are texts the story
identifies, not rumours it refutes). A denial of the signing («опроверг, что подписал
соглашение», "denied having signed") was read so; a denial of reports that a text was being
prepared, negotiated or drafted («опровергло сообщения о подготовке соглашения», "dismissed
reports of preparations for an agreement") was read as a planned text. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2025-06-02")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Министерство обороны Чада опровергло сообщения о подготовке соглашения о "
            "размещении иностранной авиабазы.",
        ),
        (
            "ru",
            "Правительство Бенина опровергло слухи о разработке договора о передаче порта "
            "турецкой компании.",
        ),
        (
            "ru",
            "МИД Египта отрицает переговоры по соглашению о совместном патрулировании с Эритреей.",
        ),
        (
            "ru",
            "Посольство Кубы опровергает информацию о подготовке меморандума о поставках нефти "
            "из Венесуэлы.",
        ),
        (
            "en",
            "Chad's foreign ministry dismissed reports of preparations for an agreement on a "
            "foreign air base.",
        ),
        (
            "en",
            "The government of Peru denied negotiating a treaty on the lease of a naval port.",
        ),
        (
            "fr",
            "Le gouvernement togolais a démenti les informations sur la préparation d'un accord "
            "de défense avec la Turquie.",
        ),
        (
            "fr",
            "Le ministère gabonais a démenti la négociation d'un accord sur une base militaire.",
        ),
    ],
)
def test_a_denied_making_is_no_text(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Чад и Египет завершили подготовку соглашения о воздушном сообщении.",
        ),
        (
            "en",
            "Chad and Egypt completed the preparation of an agreement on air services.",
        ),
    ],
)
def test_a_making_not_denied_stays(lang, text):
    assert len(read(text, lang)) == 1
