"""A count larger than the domains it lists ("34 MoUs worth $2bn in mining, energy and
agriculture", "12 accords dans les domaines de ..."): the list names some of the texts, one
agreement a domain named (SPEC: as many agreements as the text names), and the count is
`agreements_total`. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


@pytest.mark.parametrize(
    ("lang", "text", "total", "sectors"),
    [
        (
            "en",
            "Qatar and Indonesia signed 21 MoUs worth $4bn in mining, energy and agriculture.",
            21,
            [["mining"], ["energy"], ["agriculture"]],
        ),
        (
            "fr",
            "Le Bénin et le Maroc ont signé 14 accords dans les domaines de la pêche, de la santé "
            "et des transports.",
            14,
            [["agriculture"], ["health"], ["transport"]],
        ),
        (
            "ru",
            "Россия и Гвинея подписали 15 соглашений в сферах энергетики и образования.",
            15,
            [["energy"], ["education"]],
        ),
    ],
)
def test_a_count_larger_than_its_domains_gives_one_agreement_a_domain(lang, text, total, sectors):
    found, read_total = agreements.extract(context(text, lang, published="2025-03-10"))
    assert [a.sectors for a in found] == sectors
    assert read_total == total


def test_a_count_with_a_single_domain_stays_a_count():
    found, total = agreements.extract(
        context("Qatar and Indonesia signed 12 MoUs in the energy sector.", "en")
    )
    assert (found, total) == ([], 12)


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "fr",
            "Le Sénégal et la Mauritanie ont signé lundi sept accords. Ces accords concernent "
            "notamment la pêche, l'énergie et la santé.",
            [["agriculture"], ["energy"], ["health"]],
        ),
        (
            "en",
            "Ghana and Togo signed five agreements on Monday. The agreements relate to trade, "
            "energy and health.",
            [["trade"], ["energy"], ["health"]],
        ),
        (
            "ru",
            "Россия и Египет подписали пять документов. Документы касаются торговли, энергетики и "
            "здравоохранения.",
            [["trade"], ["energy"], ["health"]],
        ),
    ],
)
def test_the_texts_told_by_what_they_concern_are_one_a_domain(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    assert [a.sectors for a in found] == sectors
