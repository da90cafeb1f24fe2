"""Agreement mentions in the shapes unseen text takes (issue 10): coordinated domains
after other introducers, partial lists under a count, older texts mentioned in passing,
pacts and statutes, negation before the verb in Russian, and the status of one clause
among several. The sentences are written for these tests (no corpus document's wording)."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of

from suivi.reading import totals

FR = "Le Mali et le Burkina Faso ont tenu leur commission mixte à Bamako le 3 mars 2025. "
EN = "Ghana and Togo held their joint commission in Accra on 3 March 2025. "
RU = "Россия и Мали провели заседание межправкомиссии в Бамако 3 марта 2025 года. "


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2025-03-10")


def sectors(found) -> list[list[str]]:
    return sorted(sorted(a.sectors) for a in found)


# ------------------------------------------------------------------ coordinated domains


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            FR + "Les ministres ont signé des accords touchant aux transports routiers, à "
            "l'hydraulique et à la santé.",
            [["health"], ["transport"], ["water"]],
        ),
        (
            "en",
            EN + "The ministers signed memoranda relating to fisheries, tourism and health.",
            [["agriculture"], ["culture"], ["health"]],
        ),
        (
            "ru",
            RU + "Подписаны меморандумы по вопросам здравоохранения, образования и культуры.",
            [["culture"], ["education"], ["health"]],
        ),
    ],
)
def test_domains_after_other_introducers_are_one_agreement_each(lang, text, expected):
    assert sectors(read(text, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            EN + "Ghana and Togo signed MoUs on tourism, fisheries and water during the "
            "visit of the Togolese president to Accra.",
        ),
        (
            "fr",
            FR + "Ils ont signé des accords sur le tourisme, la pêche et l'eau lors de la "
            "visite du président burkinabè à Bamako.",
        ),
        (
            "ru",
            RU + "Стороны подписали соглашения о туризме, рыболовстве и водных ресурсах в ходе "
            "визита президента Мали в Москву.",
        ),
    ],
)
def test_the_last_domain_of_a_list_ends_before_the_signing_s_circumstances(lang, text):
    assert sectors(read(text, lang)) == [["agriculture"], ["culture"], ["water"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", EN + "The ministers signed five agreements, including on health and mining."),
        ("fr", FR + "Les ministres ont signé cinq accords, notamment sur la santé et les mines."),
        (
            "ru",
            RU + "Стороны подписали пять соглашений, в том числе о здравоохранении и о геологии.",
        ),
    ],
)
def test_a_partial_list_under_a_count_names_its_items(lang, text):
    assert sectors(read(text, lang)) == [["health"], ["mining"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            FR + "Plusieurs documents ont été signés, notamment dans les domaines de la santé "
            "et des mines.",
        ),
        ("ru", RU + "Подписанные документы касаются здравоохранения и геологии."),
        ("en", EN + "The documents signed cover health and mining."),
    ],
)
def test_documents_said_to_cover_domains_are_one_agreement_a_domain(lang, text):
    assert sectors(read(text, lang)) == [["health"], ["mining"]]


# ------------------------------------------------------------------ older texts, kinds


@pytest.mark.parametrize(
    ("lang", "text", "sector", "year"),
    [
        (
            "en",
            EN + "Both countries train officers under the 2017 defence pact.",
            "defence",
            "2017",
        ),
        (
            "fr",
            FR + "Les deux pays coopèrent dans le cadre du pacte de sécurité de 2019.",
            "security",
            "2019",
        ),
        (
            "ru",
            RU + "Стороны сотрудничают в рамках соглашения 2015 года о рыбном хозяйстве.",
            "agriculture",
            "2015",
        ),
    ],
)
def test_an_older_text_in_passing_is_read_with_its_year(lang, text, sector, year):
    (found,) = read(text, lang)
    assert found.sectors == [sector] and found.date == year and found.status == "signed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", RU + "Стороны подтвердили приверженность Договору 1994 года об основах отношений."),
        (
            "en",
            EN + "The leaders recalled the 1994 treaty of friendship between the two countries.",
        ),
    ],
)
def test_an_older_treaty_without_domain_is_general_and_takes_no_later_paragraph(lang, text):
    later = (
        "\n\nСоглашение о строительстве атомной станции пока не подписано."
        if lang == "ru"
        else "\n\nThe agreement on a nuclear research centre has yet to be signed."
    )
    found = read(text + later, lang)
    older = [a for a in found if a.date == "1994"]
    assert len(older) == 1 and older[0].sectors == ["general"]
    assert all(a.status == "planned" for a in found if a.date != "1994")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            RU + "Министры подписали соглашение о военном сотрудничестве, которое заменит "
            "соглашение 2016 года.",
        ),
        (
            "en",
            EN + "The ministers signed a military cooperation agreement that replaces the 2016 "
            "agreement.",
        ),
    ],
)
def test_an_older_text_a_new_one_replaces_is_of_the_same_domain(lang, text):
    found = read(text, lang)
    assert sorted(a.date or "" for a in found)[-1:] != ["2016"] or len(found) == 2
    assert {a.date for a in found} >= {"2016"} and all(a.sectors == ["defence"] for a in found)


def test_a_statute_setting_up_a_body_is_an_agreement_of_kind_other():
    (found,) = read(
        EN + "The ministers signed a statute establishing a joint water authority.", "en"
    )
    assert found.kind == "other"


# ------------------------------------------------------------------ not signed


@pytest.mark.parametrize(
    "text",
    [
        RU + "Стороны не подписали меморандум о подготовке кадров.",
        RU + "Соглашение о свободной торговле стороны так и не заключили.",
        RU + "Стороны не смогли договориться и не подписали соглашение о рыболовстве.",
    ],
)
def test_a_russian_negation_before_the_verb_is_no_agreement(text):
    assert read(text, "ru") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", RU + "Соглашение о сотрудничестве в области энергетики стороны пока не подписали."),
        ("ru", RU + "Стороны ещё не подписали соглашение о сотрудничестве в области энергетики."),
        ("en", EN + "Officials said a memorandum on energy had yet to be finalised."),
        (
            "fr",
            FR
            + "Aucun document n'a été signé, mais un accord sur l'énergie pourrait l'être en juin.",
        ),
    ],
)
def test_a_text_not_yet_signed_or_that_could_be_is_planned(lang, text):
    (found,) = read(text, lang)
    assert found.status == "planned" and found.sectors == ["energy"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            RU + "Главы правительств обсудили выполнение союзных программ и строительство заводов.",
        ),
        (
            "fr",
            FR
            + "Les ministres ont évoqué la mise en œuvre des programmes et la construction de routes.",
        ),
        (
            "en",
            EN
            + "The ministers reviewed the implementation of programmes and the building of roads.",
        ),
    ],
)
def test_carrying_out_texts_already_in_force_identifies_none(lang, text):
    assert read(text, lang) == []


# ------------------------------------------------------------------ vocabulary, count


@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        (
            "en",
            EN + "The two airlines signed a codeshare agreement covering 12 destinations.",
            "transport",
        ),
        ("ru", RU + "Компании заключили соглашение о сборке электробусов.", "transport"),
        ("ru", RU + "Стороны подписали соглашение о выставочно-ярмарочной деятельности.", "trade"),
    ],
)
def test_words_outside_the_first_lexicon_name_their_sector(lang, text, sector):
    assert sector in read(text, lang)[0].sectors


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("Sénégal-Gambie : quatre accords signés à Banjul", 4),
        ("Oman and Kenya sign seven agreements", 7),
        ("Россия и Чад подписали три соглашения", 3),
        ("Le Mali et le Niger discutent de six projets", None),
        ("Ghana and Togo to sign five agreements next week, but examined ten", None),
    ],
)
def test_a_headline_s_signed_count_is_the_total(title, count):
    assert totals.title_total(title) == count


# ------------------------------------------------------------------ long inline lists


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            FR + "Les deux parties ont signé onze accords : un accord sur la santé, une convention "
            "sur l'éducation, un mémorandum sur les mines, un accord sur l'énergie, un protocole "
            "sur la culture, un accord sur le transport aérien, une convention fiscale, un accord "
            "sur la pêche, un programme sur la jeunesse, un accord sur les télécommunications et "
            "un mémorandum sur l'environnement.",
        ),
        (
            "en",
            EN + "The agreements signed were: an MoU on health; an agreement on education; an MoU "
            "on mining; a protocol on culture; an agreement on air services; a convention on "
            "double taxation; an agreement on fisheries; a programme on youth; an agreement on "
            "telecommunications; an agreement on the police; an MoU on the environment.",
        ),
    ],
)
def test_a_long_inline_list_gives_every_item_its_own_agreement(lang, text):
    found = read(text, lang)
    assert len(found) == 11
    assert ["agriculture"] in [a.sectors for a in found]  # fisheries, not youth with it
    assert any(a.kind == "programme" and a.sectors == ["culture"] for a in found)


def test_a_russian_plural_at_the_head_of_its_clause_is_one_agreement_a_domain():
    found = read(
        RU + "Среди подписанных документов — соглашения о сотрудничестве в области "
        "здравоохранения и образования, а также меморандум о сотрудничестве в сфере геологии.",
        "ru",
    )
    assert sectors(found) == [["education"], ["health"], ["mining"]]


# ------------------------------------------------------------------ no text of the sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", FR + "Le ministre a fait une déclaration à la presse sur la sécurité."),
        ("en", EN + "In a declaration to the press, the minister spoke about security."),
        ("ru", RU + "Министр рассказал о государственной программе развития сельского хозяйства."),
        ("fr", FR + "Le gouvernement a adopté son plan d'action national pour l'agriculture."),
        ("en", EN + "Both countries are parties to the Paris Agreement on climate change."),
        ("fr", FR + "Les deux pays appliquent l'accord de l'OMC sur la facilitation des échanges."),
        ("en", EN + "The decision was taken with the agreement of the health ministry."),
        ("ru", RU + "Стороны пришли к соглашению о необходимости бороться с терроризмом."),
    ],
)
def test_a_statement_a_national_plan_or_a_consent_is_no_agreement(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", EN + "The ministers called for the swift conclusion of an agreement on fisheries."),
        ("fr", FR + "Les ministres ont appelé à la conclusion rapide d'un accord sur la pêche."),
    ],
)
def test_a_text_called_for_is_planned(lang, text):
    (found,) = read(text, lang)
    assert found.status == "planned"


def test_a_definite_mention_that_adds_to_a_text_read_before_is_that_text():
    found = read(
        FR + "Les deux pays ont signé un accord sur la santé. L'accord sur la santé prévoit "
        "aussi la formation de médecins.",
        "fr",
    )
    assert [a.sectors for a in found] == [["health"]]


def test_the_event_s_circumstances_give_a_text_no_domain():
    (found,) = read(
        EN + "The ministers signed an agreement on trade, at the close of the Forum for "
        "Stabilisation and Sustainable Development.",
        "en",
    )
    assert found.sectors == ["trade"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            FR + "Les deux pays ont rappelé l'accord de 2015 sur la pêche. L'accord de 2015 "
            "prévoit des licences pour les pêcheurs.",
        ),
        (
            "en",
            EN + "The ministers recalled the 2015 fisheries agreement. Under the 2015 agreement, "
            "fishermen get licences.",
        ),
        (
            "ru",
            RU + "Стороны напомнили о соглашении 2015 года о рыболовстве. Соглашение 2015 года "
            "предусматривает выдачу лицензий.",
        ),
    ],
)
def test_an_older_text_named_again_by_its_year_is_one_agreement(lang, text):
    (found,) = read(text, lang)
    assert found.date == "2015" and found.sectors == ["agriculture"]
