"""Texts the press names by other words than "agreement": an acronym ("the TIFA", "a BIT",
"a revised DTAA", «СРП»), a memorandum of agreement ("MoA"), a letter of intent or of
understanding ("LoI"), a cooperation framework, a French "entente", a document signed on a
domain. Each is one text with the domains its name stands for; the words the acronyms
spell ("a bit", "the sofa", "la loi") are none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2026-11-18")


@pytest.mark.parametrize(
    ("lang", "text", "kind", "sides", "sector"),
    [
        (
            "en",
            "Ghana and the United States signed the TIFA in Washington.",
            "framework",
            ["GHA", "USA"],
            "trade",
        ),
        (
            "en",
            "Kenya and the UAE concluded a BIT on Tuesday.",
            "agreement",
            ["ARE", "KEN"],
            "economy",
        ),
        (
            "en",
            "India and Mauritius signed a revised DTAA in Port Louis.",
            "agreement",
            ["IND", "MUS"],
            "economy",
        ),
        (
            "en",
            "Djibouti and Japan signed a SOFA during the visit.",
            "agreement",
            ["DJI", "JPN"],
            "defence",
        ),
        (
            "en",
            "Uganda and Tanzania signed the IGA for the crude oil pipeline.",
            "agreement",
            ["TZA", "UGA"],
            "energy",
        ),
        (
            "en",
            "Nigeria and Brazil signed an LoI on agriculture.",
            "memorandum",
            ["BRA", "NGA"],
            "agriculture",
        ),
        (
            "en",
            "India and Ghana signed an MoA on traditional medicine.",
            "memorandum",
            ["GHA", "IND"],
            "health",
        ),
        (
            "ru",
            "Россия и Египет подписали СРП по шельфовому блоку.",
            "agreement",
            ["EGY", "RUS"],
            "energy",
        ),
    ],
)
def test_a_text_named_by_its_acronym(lang, text, kind, sides, sector):
    found = read(text, lang)
    assert [(a.kind, sorted(a.parties)) for a in found] == [(kind, sides)]
    assert sector in found[0].sectors


@pytest.mark.parametrize(
    ("lang", "acronym", "word"),
    [
        (
            "en",
            "Kenya and Uganda signed a BIT last quarter.",
            "Kenya and Uganda improved their trade a bit last quarter.",
        ),
        (
            "en",
            "Kenya and Uganda signed the SOFA at the summit.",
            "The Sofa Summit of Kenya and Uganda discussed trade.",
        ),
        (
            "fr",
            "Le Mali et le Niger ont signé une LoI sur la sécurité des frontières.",
            "Le Mali et le Niger ont adopté une loi sur la sécurité des frontières.",
        ),
    ],
)
def test_an_acronym_is_a_text_in_capitals_only(lang, acronym, word):
    assert len(read(acronym, lang)) == 1
    assert read(word, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "kind", "sides", "sectors"),
    [
        (
            "en",
            "Kenya and Ethiopia signed a Memorandum of Agreement (MoA) on livestock.",
            "memorandum",
            ["ETH", "KEN"],
            ["agriculture"],
        ),
        (
            "en",
            "Ghana and Japan signed a Letter of Understanding on rice farming.",
            "memorandum",
            ["GHA", "JPN"],
            ["agriculture"],
        ),
        (
            "en",
            "Senegal and Spain signed a cooperation framework on migration.",
            "framework",
            ["ESP", "SEN"],
            ["migration"],
        ),
        (
            "en",
            "Kenya and Rwanda signed a framework for cooperation in health.",
            "framework",
            ["KEN", "RWA"],
            ["health"],
        ),
        (
            "fr",
            "Le Sénégal et le Maroc ont signé une entente de coopération dans le domaine de "
            "la santé.",
            "agreement",
            ["MAR", "SEN"],
            ["health"],
        ),
        (
            "fr",
            "Le Gabon et le Congo ont conclu une entente sur le transport aérien.",
            "agreement",
            ["COG", "GAB"],
            ["transport"],
        ),
        (
            "fr",
            "Le Niger et le Tchad ont signé une lettre d'entente sur l'élevage.",
            "memorandum",
            ["NER", "TCD"],
            ["agriculture"],
        ),
    ],
)
def test_a_text_by_another_name_is_one_text(lang, text, kind, sides, sectors):
    found = read(text, lang)
    assert [(a.kind, sorted(a.parties), a.sectors) for a in found] == [(kind, sides, sectors)]


@pytest.mark.parametrize(
    ("lang", "text", "none"),
    [
        (
            "fr",
            "Le Gabon et le Congo ont signé une entente sur la pêche.",
            "La bonne entente entre le Gabon et le Congo a été saluée par les ministres.",
        ),
        (
            "en",
            "Kenya and Uganda signed a cooperation framework on trade.",
            "Kenya and Uganda met within the framework of cooperation of the EAC.",
        ),
        (
            "en",
            "Kenya and Uganda signed a framework for cooperation in investment.",
            "Kenya and Uganda discussed the legal framework for investment.",
        ),
    ],
)
def test_a_frame_or_an_entente_signed_is_a_text_not_a_good_understanding(lang, text, none):
    assert len(read(text, lang)) == 1
    assert read(none, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "sides", "sectors"),
    [
        (
            "en",
            "Ghana and Togo signed a document on trade and energy.",
            ["GHA", "TGO"],
            ["trade", "energy"],
        ),
        (
            "fr",
            "Le Mali et la Russie ont signé un document relatif à la coopération nucléaire.",
            ["MLI", "RUS"],
            ["nuclear"],
        ),
        (
            "fr",
            "Le Bénin et le Niger ont signé un texte portant sur la santé et l'éducation.",
            ["BEN", "NER"],
            ["health", "education"],
        ),
    ],
)
def test_a_document_signed_on_its_domains_is_one_text(lang, text, sides, sectors):
    found = read(text, lang)
    assert [(sorted(a.parties), a.sectors) for a in found] == [(sides, sectors)]


def test_a_document_signed_is_a_text_a_document_presented_none():
    assert len(read("Ghana and Togo signed a document on energy.", "en")) == 1
    text = "The minister presented a document on energy strategy to Ghana and Togo."
    assert read(text, "en") == []
