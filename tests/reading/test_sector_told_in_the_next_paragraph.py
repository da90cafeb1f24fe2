"""A text read without a domain takes those the first sentence of the next paragraph tells
("… signed a memorandum in Kampala.¶The memorandum covers power interconnection"), as crawls
cut paragraphs after each sentence; and a Russian singular «Документ предусматривает …»
describes the text just read, it names no texts of its own."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def _sectors(text: str, lang: str) -> list[list[str]]:
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    return [a.sectors for a in found]


@pytest.mark.parametrize(
    ("text", "lang", "sectors"),
    [
        (
            "Rwanda and Burundi on Monday signed a memorandum of understanding in Bujumbura.\n\n"
            "The memorandum covers power interconnection and petroleum products.\n",
            "en",
            ["energy"],
        ),
        (
            "Le Bénin et le Burkina Faso ont signé mardi un accord à Cotonou.\n\n"
            "Celui-ci porte sur la géologie et les mines.\n",
            "fr",
            ["mining"],
        ),
        (
            "Россия и Гвинея подписали в понедельник в Москве межправительственное соглашение "
            "о сотрудничестве.\n\nДокумент предусматривает сотрудничество в области геологии и "
            "энергетики.\n",
            "ru",
            ["mining", "energy"],
        ),
    ],
)
def test_the_next_paragraph_tells_the_domains(text, lang, sectors):
    assert _sectors(text, lang) == [sectors]


def test_a_russian_document_in_the_singular_describes_the_text_read():
    text = (
        "Минздрав России и Министерство здравоохранения Кубы подписали меморандум о "
        "взаимопонимании в сфере здравоохранения. Документ предусматривает обмен опытом в сфере "
        "фармацевтики и подготовку врачей."
    )
    assert _sectors(text, "ru") == [["health"]]
