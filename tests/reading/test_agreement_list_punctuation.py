"""The punctuation of a list of domains tells its items: between semicolons each part is one
text; between commas, two domains joined by "et", "and", «и» before the list's last comma
are one text of both, and the last part's first conjunction closes the list; a list with
no comma is one text a domain. "Memoranda were signed on ..." and "les accords signés
portent sur : ..." open such a list too. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "fr",
            "Le Sénégal et la Gambie ont signé des accords dans les domaines de l'enseignement "
            "supérieur et de la recherche, de la santé et de l'énergie.",
            [["education", "research"], ["health"], ["energy"]],
        ),
        (
            "en",
            "Tunisia and Algeria signed agreements covering trade and investment, health, and "
            "culture and sports.",
            [["trade", "economy"], ["health"], ["culture"]],
        ),
        (
            "ru",
            "Россия и Египет подписали меморандумы в сферах стандартизации и метрологии, "
            "гидрометеорологии и физической культуры и спорта.",
            [["trade"], ["environment"], ["culture"]],
        ),
        (
            "fr",
            "Le Cameroun et le Congo ont signé trois accords dans les domaines de la santé, de "
            "l'éducation et de la formation professionnelle, et des transports.",
            [["health"], ["education"], ["transport"]],
        ),
        (
            "fr",
            "Le Maroc et le Gabon ont signé des accords dans les domaines de l'agriculture et "
            "de la pêche.",
            [["agriculture"], ["agriculture"]],
        ),
    ],
)
def test_a_pair_inside_a_comma_list_is_one_text(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    assert [a.sectors for a in found] == sectors


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "fr",
            "Le Niger et le Tchad ont signé des accords. Les accords signés portent sur : la "
            "coopération dans le domaine de la sécurité ; la santé ; l'enseignement supérieur "
            "et la recherche scientifique ; les mines.",
            [["security"], ["health"], ["education", "research"], ["mining"]],
        ),
        (
            "en",
            "Kenya and Ethiopia signed four agreements: on defence; on health; on higher "
            "education and research; on trade.",
            [["defence"], ["health"], ["education", "research"], ["trade"]],
        ),
        (
            "en",
            "Kenya and Ethiopia signed agreements on security and defence; justice; and migration.",
            [["security", "defence"], ["justice"], ["migration"]],
        ),
    ],
)
def test_each_part_between_semicolons_is_one_text(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    assert [a.sectors for a in found if a.sectors != ["general"]] == sectors


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "en",
            "Memoranda were signed on tourism, health and sports between Kenya and Ethiopia.",
            [["culture"], ["health"], ["culture"]],
        ),
        (
            "en",
            "Tunisia and Algeria signed agreements on trade, health and transport, as well as "
            "a memorandum on culture and tourism.",
            [["trade"], ["health"], ["transport"], ["culture"]],
        ),
        (
            "fr",
            "Le Bénin et le Togo ont signé des accords. Les textes portent sur la suppression "
            "des visas pour les titulaires de passeports diplomatiques et de service, la "
            "coopération dans le domaine des hydrocarbures, la formation des cadres et la pêche.",
            [["diplomacy"], ["energy"], ["education"], ["agriculture"]],
        ),
    ],
)
def test_list_after_the_signing_and_long_items(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    assert [a.sectors for a in found if a.sectors != ["general"]] == sectors


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "en",
            "Brazil and Angola signed agreements covering health, vocational training and "
            "family farming on Tuesday in Luanda, on the second day of the visit.",
            [["health"], ["education"], ["agriculture"]],
        ),
        (
            "fr",
            "Selon le ministère, des accords, notamment dans les domaines de la pêche, de "
            "l'énergie et de la formation professionnelle, devraient être signés demain.",
            [["agriculture"], ["energy"], ["education"]],
        ),
    ],
)
def test_the_list_ends_before_the_words_after_it(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    assert [a.sectors for a in found] == sectors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Maroc et le Gabon ont signé un mémorandum sur la santé, et le même jour un "
            "autre sur le tourisme.",
        ),
        (
            "en",
            "Kenya and Ethiopia signed a memorandum on health, and on the same day another on tourism.",
        ),
        ("ru", "Россия и Египет подписали меморандум о здравоохранении, а также другой о туризме."),
        ("ru", "Россия и Египет подписали меморандум о здравоохранении и еще один о туризме."),
    ],
)
def test_another_with_its_domain_is_a_second_text(lang, text):
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    assert [a.sectors for a in found] == [["health"], ["culture"]]
