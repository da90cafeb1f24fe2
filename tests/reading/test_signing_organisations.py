"""Organisations the vocabularies lack, where they sign, and whose they are.

SPEC: a company is a party of its own, even a state-owned one, and its agreement does not
bind its state; a state's institutions (a state development bank, an agency) stand for
their state. Sentences written for these tests in the style of press coverage.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of "signed" that the NER reads as an organisation
        (
            "Zambia and Elsewedy Electric signed a contract for the construction of a "
            "transmission line.",
            ["Elsewedy Electric", "ZMB"],
        ),
        # a state in the possessive before a company is its home, no side
        (
            "Egypt's state-owned Arab Contractors signed a contract with Tanzania's Ministry "
            "of Works for the construction of a bridge.",
            ["Arab Contractors", "TZA"],
        ),
        # a state's development bank stands for its state
        (
            "Brazil's state development bank BNDES and Bolivia's Ministry of Planning signed "
            "a loan agreement for a road.",
            ["BOL", "BRA"],
        ),
    ],
)
def test_signing_organisation_sides(text, expected):
    assert sorted(expected) in agreement_sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym in mixed case is the name the text goes by (SPEC: as the text spells it)
        (
            "Senegal and the Islamic Development Bank (IsDB) signed financing agreements "
            "for agriculture.",
            ["IsDB", "SEN"],
        ),
        (
            "Uzbekistan signed a loan agreement with the Asian Development Bank on water.",
            ["Asian Development Bank", "UZB"],
        ),
        (
            "La Côte d'Ivoire et la Banque européenne d'investissement (BEI) ont signé un "
            "accord de financement.",
            ["CIV", "EIB"],
        ),
        ("Узбекистан подписал с Азиатским банком развития соглашение о займе.", ["ADB", "UZB"]),
        (
            "Казахстан и ЕАБР подписали соглашение о финансировании водоснабжения.",
            ["EDB", "KAZ"],
        ),
        (
            "The Gambia and the World Trade Organization signed a trade facilitation agreement.",
            ["GMB", "World Trade Organization"],
        ),
        # a word of an organisation's name is no agreement of its own
        (
            "Egypt signed an agreement with the World Food Programme on school feeding.",
            ["EGY", "World Food Programme"],
        ),
    ],
)
def test_organisations_by_name(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        # put in the nominative, not lemmatised word by word (SPEC: a sound Latin name)
        ("Азиатским банком развития", "Aziatskiy Bank Razvitiya"),
        ("Белшиной", "Belshina"),
        # known Russian companies by the Latin name they write themselves
        ("Объединённая авиастроительная корпорация", "United Aircraft Corporation"),
        ("Силовыми машинами", "Power Machines"),
        ("Газпромбанком", "Gazprombank"),
        # English words of a name written in Cyrillic are English again
        ("Кама Энерджи Групп", "Kama Energy Group"),
    ],
)
def test_latin_name_of_a_russian_company(name, latin):
    from suivi.reading.gazetteer import latin_name

    assert latin_name(name) == latin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ВТБ и правительство Анголы подписали соглашение о финансировании.", ["AGO", "VTB"]),
        (
            "Казахстан и АО «Объединённая авиастроительная корпорация» подписали контракт на "
            "поставку самолетов.",
            ["KAZ", "United Aircraft Corporation"],
        ),
        (
            "Правительство Бангладеш и компания «Кама Энерджи» подписали меморандум о "
            "строительстве солнечной электростанции.",
            ["BGD", "Kama Energy"],
        ),
    ],
)
def test_russian_company_sides(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


def dated(sentence: str) -> str:
    return f"date 2025-04-25 News - example.com\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's name ending a company's name is its home ("ArcelorMittal Liberia")
        (
            "Liberia signed a mining agreement with ArcelorMittal Liberia on Friday.",
            ["ArcelorMittal Liberia", "LBR"],
        ),
        # a company's own head word, whatever state words follow (SPEC: state-owned too)
        (
            "Le Mali et la Société nationale des chemins de fer du Sénégal ont signé une "
            "convention sur le transport ferroviaire.",
            ["MLI", "Société nationale des chemins de fer du Sénégal"],
        ),
        # the NER's name cut after "du" runs over the state named next; the adjective of
        # the state that signs with it is a side
        (
            "Le gouvernement guinéen a signé avec la Société nationale d'électricité du Sénégal "
            "un accord sur l'interconnexion.",
            ["GIN", "Société nationale d'électricité du Sénégal"],
        ),
        # a state's treasury is the state
        (
            "Kenya's Treasury signed a loan agreement on roads with the World Bank on Friday.",
            ["KEN", "WB"],
        ),
        # an amount before the agreement is no count of texts; the company by its name as
        # spelled, the known "Sinohydro" with a word of its name
        (
            "Ghana signed a $1.5 billion agreement with Sinohydro Corporation for roads.",
            ["GHA", "Sinohydro Corporation"],
        ),
        ("Le Togo a signé un accord de 50 milliards de FCFA avec la BOAD.", ["BOAD", "TGO"]),
    ],
)
def test_company_names_with_a_state_inside(text, expected):
    assert sorted(expected) in agreement_sides(dated(text))


def test_witnesses_named_by_the_ner_are_no_subjects():
    text = dated(
        "Zambia's Hakainde Hichilema and Tanzania's Samia Suluhu Hassan witnessed the signing "
        "of a railway agreement between Zambia and Tanzania at State House in Lusaka."
    )
    assert agreement_sides(text) == [["TZA", "ZMB"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company named by the trade that ends its name
        (
            "Le Sénégal a signé un contrat avec Kosmos Energy pour l'exploitation du gaz.",
            ["Kosmos Energy", "SEN"],
        ),
        (
            "Kenya Power and Ethiopian Electric Power signed a power trade agreement.",
            ["Ethiopian Electric Power", "Kenya Power"],
        ),
        (
            "Le Togo a signé une convention de concession avec Bolloré Africa Logistics.",
            ["Bolloré Africa Logistics", "TGO"],
        ),
        # ... but not a state's body, a portfolio or a person named like a trade
        (
            "The Nigerian Atomic Energy Commission signed an MoU with Rosatom.",
            ["NGA", "Rosatom"],
        ),
        (
            "USAID Administrator Samantha Power signed an agreement with Kenya on health.",
            ["KEN", "USA"],
        ),
        (
            "Bolivia's state energy company YPFB and Argentina's Energy Secretariat signed a "
            "gas swap agreement.",
            ["ARG", "YPFB"],
        ),
        # a company the vocabularies know by its short name is one party with its full name
        (
            "Le Niger a signé avec China National Petroleum Corporation (CNPC) un avenant au "
            "contrat pétrolier.",
            ["CNPC", "NER"],
        ),
        # agencies the Russian press spells out
        (
            "Россия и Всемирная продовольственная программа подписали соглашение о поставках "
            "продовольствия.",
            ["RUS", "WFP"],
        ),
        (
            "Минэнерго Египта и ООО «Лукойл-Оверсиз» подписали соглашение.",
            ["EGY", "Lukoil-Overseas"],
        ),
    ],
)
def test_companies_by_their_trade_and_agencies_by_name(text, expected):
    assert agreement_sides(dated(text)) == [sorted(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one organisation named is the one signed with: it and the story's state
        (
            "Le Niger renforce sa coopération énergétique. Le ministre du Pétrole a signé avec "
            "Sahara Frontier Energy un contrat de partage de production.",
            ["NER", "Sahara Frontier Energy"],
        ),
        # a Russian name in quotes is in the nominative already
        (
            "Кроме того, АО «Русатом Хэлскеа» и Министерство здравоохранения Узбекистана "
            "подписали меморандум о ядерной медицине.",
            ["Rusatom Healthcare", "UZB"],
        ),
        # what UN agencies sign with a state
        (
            "Le Niger et l'UNICEF ont signé un plan de travail conjoint pour l'accès à l'eau "
            "potable.",
            ["NER", "UNICEF"],
        ),
        (
            "Uganda and the International Atomic Energy Agency signed a Country Programme "
            "Framework on nuclear power.",
            ["International Atomic Energy Agency", "UGA"],
        ),
        # a long sentence with many names is no Title Case headline
        (
            "Separately, Egypt's Elsewedy Electric and Kenya Power signed a contract for the "
            "construction of a transmission line between Olkaria and Suswa, financed by the "
            "European Investment Bank.",
            ["Elsewedy Electric", "Kenya Power"],
        ),
    ],
)
def test_organisation_sides_in_longer_shapes(text, expected):
    assert sorted(expected) in agreement_sides(dated(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with the participation of" names a helper, no side
        (
            "Россия и Египет подписали соглашение о здравоохранении с участием ВОЗ.",
            ["EGY", "RUS"],
        ),
        (
            "Le Mali et le Niger ont signé l'accord sur l'élevage avec le concours de la BOAD.",
            ["MLI", "NER"],
        ),
    ],
)
def test_helpers_signed_with_are_no_sides(text, expected):
    assert agreement_sides(dated(text)) == [sorted(expected)]


@pytest.mark.parametrize(
    ("text", "funders"),
    [
        (
            "Ghana and Togo signed an agreement on a transmission line, financed by the "
            "European Investment Bank.",
            ["European Investment Bank"],
        ),
        (
            "Le Bénin et le Togo ont signé un accord sur l'interconnexion. Le projet sera "
            "financé par la Banque africaine de développement et l'Union européenne.",
            ["AfDB", "EU"],
        ),
    ],
)
def test_funders_act_in_the_story(text, funders):
    parties = read(dated(text)).parties
    assert all(code in parties for code in funders)
    assert not any(code in a.parties for a in read(dated(text)).agreements for code in funders)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia's ministries and federal bodies named alone stand for Russia (SPEC)
        (
            "Минэнерго и Министерство энергетики Ганы подписали меморандум о сотрудничестве.",
            ["GHA", "RUS"],
        ),
        ("Росрыболовство подписало с Марокко соглашение о рыболовстве.", ["MAR", "RUS"]),
        ("ФТС и таможенная служба Египта подписали протокол о сотрудничестве.", ["EGY", "RUS"]),
    ],
)
def test_russian_federal_bodies_are_russia(text, expected):
    assert agreement_sides(dated(text)) == [sorted(expected)]


@pytest.mark.parametrize(
    "text",
    [
        # a person's surname said again, which the NER reads as an organisation
        "Senegal's Prime Minister Ousmane Sonko visited Nouakchott. Sonko and Ould Djay "
        "signed the gas agreement.",
        "President William Ruto met Yoweri Museveni in Kampala. Ruto and Museveni signed the "
        "agreement on the pipeline.",
    ],
)
def test_people_said_again_are_no_organisations(text):
    assert not any(
        code in a.parties for a in read(dated(text)).agreements for code in ("Sonko", "Museveni")
    )
