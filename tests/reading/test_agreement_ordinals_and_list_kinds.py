"""Signing lists the reader did not know (session 16): the texts of a count told one by one
by ordinals inside the counting sentence ("signed two memorandums on copper, the first
between their governments on geology and the second between Codelco and Rosgeo"), each with
its own sides; and a list after a count whose items are of other kinds ("three agreements:
an agreement on ..., a memorandum on ..., and a programme of scholarships"), each item's
words ending at the next item. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, total = agreements.extract(context(text, lang, published="2025-03-10"))
    return [(a.kind, sorted(a.parties), a.sectors) for a in found], total


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Russia and Chile signed two memorandums of understanding on copper on Monday, the "
            "first between their governments on geology and mineral resources and the second "
            "between Codelco and Rosgeo, the Russian state geological holding.",
            [(["CHL", "RUS"], "mining"), (["Codelco", "Rosgeo"], "mining")],
        ),
        (
            "fr",
            "Le Niger et l'Algérie ont signé deux accords sur le pétrole mardi, le premier entre "
            "les deux gouvernements sur le transport des hydrocarbures et le second entre la "
            "Sonatrach et Eni sur l'exploration pétrolière.",
            [(["DZA", "NER"], "energy"), (["Eni", "Sonatrach"], "energy")],
        ),
        (
            "fr",
            "Le Sénégal et la Mauritanie ont signé deux accords sur le gaz, l'un entre les deux "
            "États sur le partage des revenus, l'autre entre la Sonatrach et TotalEnergies sur la "
            "commercialisation du gaz.",
            [(["MRT", "SEN"], "energy"), (["Sonatrach", "TotalEnergies"], "energy")],
        ),
        (
            "ru",
            "Россия и Египет подписали два меморандума об энергетике: один — между "
            "правительствами о поставках газа, другой — между «Газпромом» и «Росатомом» о "
            "подготовке кадров.",
            [(["EGY", "RUS"], "energy"), (["Gazprom", "Rosatom"], "education")],
        ),
        (
            "ru",
            "Россия и Чили подписали два меморандума о геологии, первый — между правительствами "
            "о геологоразведке, второй — между «Росгеологией» и чилийской компанией Codelco о "
            "разведке меди.",
            [(["CHL", "RUS"], "mining"), (["Codelco", "Rosgeo"], "mining")],
        ),
    ],
)
def test_each_ordinal_of_a_count_is_a_text_with_its_own_sides(lang, text, expected):
    found, total = read(text, lang)
    assert [parties for _, parties, _ in found] == [parties for parties, _ in expected]
    assert all(
        sector in sectors for (_, _, sectors), (_, sector) in zip(found, expected, strict=True)
    )
    assert total == len(expected)


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "en",
            "Kenya and Ghana signed three agreements on fisheries on Friday, the first on inland "
            "fisheries, the second on fish farming and the third on marine fisheries.",
            [["agriculture"]] * 3,
        ),
        (
            "ru",
            "Россия и Египет подписали два соглашения о здравоохранении: первое — о поставках "
            "вакцин, второе — о подготовке врачей.",
            [["health"], ["education", "health"]],
        ),
    ],
)
def test_ordinals_in_one_domain_are_as_many_texts(lang, text, sectors):
    found, _ = read(text, lang)
    assert [sorted(s) for *_, s in found] == sectors
    assert len({tuple(p) for _, p, _ in found}) == 1


def test_an_older_text_recalled_does_not_stand_for_the_texts_counted():
    found, _ = read(
        "Kenya and Ghana signed two agreements on fisheries on Friday, the first on inland "
        "fisheries and the second on marine fisheries. They build on a fisheries memorandum "
        "signed in 2018.",
        "en",
    )
    assert [(k, s) for k, _, s in found] == [
        ("agreement", ["agriculture"]),
        ("agreement", ["agriculture"]),
        ("memorandum", ["agriculture"]),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "the first" of something else: no second text
        (
            "en",
            "Kenya and Ghana signed two agreements on fisheries on Friday, the first such deals "
            "between them since 2019.",
        ),
        (
            "en",
            "Kenya and Ghana signed two agreements on fisheries on Friday, the first day of the "
            "visit, and the second round of talks opens in June.",
        ),
        (
            "fr",
            "Le Togo et le Bénin ont signé deux accords sur l'énergie lundi, le premier jour de "
            "la visite et le second de la session.",
        ),
    ],
)
def test_an_ordinal_that_tells_no_text_splits_nothing(lang, text):
    found, total = read(text, lang)
    assert total == 2
    assert len(found) <= 1


def test_an_ordinal_between_ministries_keeps_the_sentence_sides():
    found, _ = read(
        "Peru and Bolivia signed two agreements on Monday, the first between their ministries "
        "of health on vaccines and the second between their ministries of transport on "
        "railways.",
        "en",
    )
    assert found == [
        ("agreement", ["BOL", "PER"], ["health"]),
        ("agreement", ["BOL", "PER"], ["transport"]),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Zambia and Malawi signed three agreements in Lilongwe on Monday: an agreement on the "
            "avoidance of double taxation, a memorandum of understanding on fisheries, and a "
            "programme of scholarships for Zambian students.",
            [
                ("agreement", ["economy"]),
                ("memorandum", ["agriculture"]),
                ("programme", ["education"]),
            ],
        ),
        (
            "en",
            "Tunisia and Senegal signed four texts on Tuesday: an agreement on air services, a "
            "protocol on health, a plan for the joint training of customs officers and a "
            "convention on mutual legal assistance.",
            [
                ("agreement", ["transport"]),
                ("protocol", ["health"]),
                ("programme", ["education", "trade"]),
                ("convention", ["justice"]),
            ],
        ),
        (
            "fr",
            "Le Maroc et le Tchad ont signé trois accords : une convention sur la formation "
            "professionnelle, un mémorandum d'entente sur l'élevage et un programme portant à 100 "
            "le nombre de bourses offertes aux étudiants tchadiens.",
            [
                ("convention", ["education"]),
                ("memorandum", ["agriculture"]),
                ("programme", ["education"]),
            ],
        ),
        (
            "ru",
            "Россия и Гвинея подписали три документа: соглашение о рыболовстве, меморандум о "
            "здравоохранении и план подготовки гвинейских специалистов.",
            [
                ("agreement", ["agriculture"]),
                ("memorandum", ["health"]),
                ("programme", ["education"]),
            ],
        ),
    ],
)
def test_a_counted_list_keeps_items_of_other_kinds(lang, text, expected):
    found, total = read(text, lang)
    assert [(k, s) for k, _, s in found] == expected
    assert total == len(expected)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        # no count opens a list: a plan told beside the text is none
        (
            "en",
            "Ghana and Togo signed an agreement on trade, and a plan for a new border post is "
            "under study.",
            1,
        ),
        # what the texts serve is no item of the list
        (
            "en",
            "Kenya signed two texts with Uganda: an agreement on trade and a memorandum on "
            "health, under a programme funded by the European Union.",
            2,
        ),
        (
            "fr",
            "Le Mali et le Niger ont signé deux accords : un accord sur le commerce et un "
            "mémorandum sur la santé, dans le cadre d'un programme de l'Union européenne.",
            2,
        ),
    ],
)
def test_a_plan_beside_the_list_is_no_item(lang, text, count):
    found, _ = read(text, lang)
    assert len(found) == count
    assert all(k != "programme" for k, _, _ in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Egypt and Sudan signed a memorandum of understanding on irrigation."),
        ("fr", "Le Sénégal et la Mauritanie ont signé un accord sur l'irrigation."),
        ("ru", "Россия и Египет подписали меморандум об орошении."),
    ],
)
def test_irrigation_is_water_and_agriculture(lang, text):
    found, _ = read(text, lang)
    assert [sorted(s) for *_, s in found] == [["agriculture", "water"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Niger et le Tchad ont signé quatre accords mardi. Les textes portent sur la "
            "suppression des visas pour les détenteurs de passeports diplomatiques, la formation "
            "des cadres de l'administration publique, la pêche et l'énergie.",
        ),
        (
            "en",
            "Kenya and Oman signed four agreements on Monday. The texts cover the exemption of "
            "visas for holders of diplomatic passports, the training of civil servants of the "
            "public administration, fisheries and energy.",
        ),
        (
            "ru",
            "Россия и Оман подписали четыре соглашения. Документы касаются отмены виз для "
            "владельцев дипломатических паспортов, подготовки кадров государственной службы, "
            "рыболовства и энергетики.",
        ),
    ],
)
def test_the_texts_list_one_text_an_item_not_a_domain(lang, text):
    found, total = read(text, lang)
    assert total == 4
    assert [s[0] for *_, s in found] == ["diplomacy", "education", "agriculture", "energy"]


def test_items_of_one_domain_in_the_texts_list_are_one_text():
    found, _ = read(
        "Le Togo et le Ghana ont signé des accords. D'autres textes concernent la formation et "
        "l'éducation.",
        "fr",
    )
    assert [s for *_, s in found] == [["education"]]
