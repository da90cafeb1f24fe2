"""A text signed and named only by its title in quotes ("signed the "Blue Corridor
Initiative" covering fisheries", «подписали «Партнерство ради развития туризма»»), a draft
talked about ("discussed a draft agreement on defence", as «обсудили проект соглашения» and
"ont examiné un projet d'accord"), arrangements signed («подписали договоренности в сфере
энергетики и туризма», one a domain). Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2026-11-18")


@pytest.mark.parametrize(
    ("lang", "text", "sides", "sector"),
    [
        (
            "en",
            'Kenya and Ethiopia signed "Partnership for Prosperity", a text on trade.',
            ["ETH", "KEN"],
            "trade",
        ),
        (
            "en",
            'Ghana and Togo signed the "Blue Corridor Initiative" covering fisheries.',
            ["GHA", "TGO"],
            "agriculture",
        ),
        (
            "fr",
            "Le Sénégal et la Gambie ont signé le « Partenariat pour l'emploi des jeunes » "
            "à Banjul.",
            ["GMB", "SEN"],
            "migration",
        ),
        (
            "ru",
            "Россия и Египет подписали «Партнерство ради развития туризма».",
            ["EGY", "RUS"],
            "culture",
        ),
    ],
)
def test_a_text_named_by_its_quoted_title(lang, text, sides, sector):
    found = read(text, lang)
    assert [sorted(a.parties) for a in found] == [sides]
    assert sector in found[0].sectors


def test_quoted_words_signed_are_a_text_only_as_a_title():
    assert len(read('Ghana and Togo signed the "Volta Compactness Initiative".', "en")) == 1
    assert read('The leaders of Ghana and Togo signed "autographs" for fans.', "en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenya and Ethiopia discussed a draft agreement on defence."),
        ("en", "Zambia and Malawi are negotiating a draft memorandum on fisheries."),
    ],
)
def test_a_draft_talked_about_is_a_planned_text(lang, text):
    assert [a.status for a in read(text, lang)] == ["planned"]


def test_arrangements_signed_are_texts_one_a_domain():
    text = "Россия и Египет подписали договоренности в сфере энергетики и туризма."
    assert sorted(a.sectors[0] for a in read(text, "ru")) == ["culture", "energy"]
    assert read("Россия и Египет достигли договоренностей о поставках зерна.", "ru") == []
