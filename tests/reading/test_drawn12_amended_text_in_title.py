"""The text an amending text amends, named inside its title with no year of its own ("a
protocol amending the agreement on air transport"), is no second text of the signing; with
its year it is still told in passing (twelfth draw, drawF21). Invented sentences, en/fr/ru."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str) -> list[tuple[str, list[str]]]:
    found, _ = agreements.extract(context(text, lang, published="2026-03-10"))
    return [(a.kind, a.sectors) for a in found]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Ghana and Morocco signed a protocol amending the agreement on air transport and a "
            "memorandum on fisheries.",
            [("protocol", ["transport"]), ("memorandum", ["agriculture"])],
        ),
        (
            "en",
            "Chile and Peru signed a protocol to amend the agreement on the avoidance of double "
            "taxation.",
            [("protocol", ["economy"])],
        ),
        (
            "en",
            "The two sides also signed a protocol amending the treaty on mutual legal assistance "
            "in criminal matters.",
            [("protocol", ["justice"])],
        ),
        (
            "fr",
            "Le Bénin et le Niger ont signé un protocole modifiant l'accord sur le transit des "
            "marchandises et un mémorandum sur la santé.",
            [("protocol", ["trade"]), ("memorandum", ["health"])],
        ),
        (
            "fr",
            "Le Togo et le Gabon ont signé un protocole portant modification de la convention "
            "sur la pêche maritime.",
            [("protocol", ["agriculture"])],
        ),
        (
            "ru",
            "Казахстан и Узбекистан подписали протокол о внесении изменений в соглашение о "
            "торговле и меморандум о туризме.",
            [("protocol", ["trade"]), ("memorandum", ["culture"])],
        ),
    ],
)
def test_the_amended_text_inside_the_title_is_no_text_of_its_own(lang, text, expected):
    assert read(text, lang) == expected


def test_the_amended_text_with_its_year_is_still_told_in_passing():
    found, _ = agreements.extract(
        context(
            "Ghana and Morocco signed a protocol amending the 2015 agreement on air transport.",
            "en",
            published="2026-03-10",
        )
    )
    assert [(a.kind, a.date) for a in found] == [
        ("protocol", "2026-03-10"),
        ("agreement", "2015"),
    ]
