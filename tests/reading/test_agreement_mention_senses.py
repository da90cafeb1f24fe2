"""Agreement mentions the press words otherwise (mentions22, session 22): a French adjective
between a text and its sides, a list opened by a colon after the event, a Russian gerund that
signs, a signed joint statement, signed terms of reference, a domain the lexicon keeps out of
free text; and kind words in another sense: a text called for, a contract put out to tender,
the protocol of an institution, a memorandum sent as a petition, the plan of a festival's
events. Every sentence is invented for these tests (other states and names than the corpora
and than `mention_stories.tsv`)."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    return agreements.extract(context(text, lang, published="2026-04-14"))[0]


def kinds(text: str, lang: str) -> list[str]:
    return [a.kind for a in read(text, lang)]


def sectors(text: str, lang: str) -> list[list[str]]:
    return [list(a.sectors) for a in read(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "La convention consulaire entre l'Équateur et le Portugal a été ratifiée hier.",
        "L'accord migratoire entre la Moldavie et l'Autriche, conclu à Vienne, entre en "
        "application en juin.",
        "Le traité frontalier entre le Bhoutan et le Népal a été signé samedi à Thimphou.",
    ],
)
def test_a_french_adjective_between_the_text_and_its_sides(text):
    assert len(read(text, "fr")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a participle is no adjective of the text: it tells the signing, as before
        "L'accord signé entre l'Équateur et le Portugal porte sur la pêche.",
    ],
)
def test_a_participle_before_the_sides_is_as_before(text):
    assert len(read(text, "fr")) == 1


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Trois mémorandums ont été signés lors de la visite du ministre : l'un porte sur la "
            "pêche, l'autre sur le tourisme et le troisième sur la santé.",
            [["agriculture"], ["culture"], ["health"]],
        ),
        (
            "en",
            "Two agreements were signed during the visit of the Bhutanese king: one covers "
            "hydropower and the other higher education.",
            [["energy"], ["education"]],
        ),
        (
            "ru",
            "Два меморандума были подписаны в ходе визита премьера: о рыболовстве и о "
            "здравоохранении.",
            [["agriculture"], ["health"]],
        ),
    ],
)
def test_a_colon_after_the_event_opens_the_list_of_texts(lang, text, expected):
    assert sectors(text, lang) == expected


def test_words_said_after_the_event_are_not_its_list():
    text = (
        "Two agreements on fisheries and tourism were signed during the visit, the minister "
        "said: the rest will follow."
    )
    assert sectors(text, "en") == [["agriculture"], ["culture"]]


@pytest.mark.parametrize(
    "text",
    [
        "Парагвай договорился о закупке удобрений, подписав соответствующий контракт с "
        "компанией «Уралхим».",
        "Стороны урегулировали спор о транзите, заключив соответствующее соглашение.",
    ],
)
def test_a_russian_gerund_signs_a_new_text(text):
    assert len(read(text, "ru")) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The presidents of Chile and Estonia signed a joint statement on digital trade."),
        (
            "en",
            "A joint statement on digital trade was signed by the leaders of Chile and Estonia.",
        ),
        ("ru", "Президенты Чили и Эстонии подписали совместное заявление о цифровой торговле."),
        (
            "ru",
            "Лидеры Чили и Эстонии приняли совместное заявление о цифровой торговле, которое "
            "скрепили подписями министры.",
        ),
    ],
)
def test_a_signed_joint_statement_is_a_declaration(lang, text):
    assert kinds(text, lang) == ["declaration"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In a joint statement, Chile and Estonia condemned the attack on the ship."),
        ("ru", "В совместном заявлении Чили и Эстония осудили нападение на судно."),
    ],
)
def test_a_joint_statement_issued_is_no_text(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The co-chairs signed the terms of reference of the joint technical committee of "
            "Malawi and Mozambique.",
        ),
        (
            "fr",
            "Les termes de référence du comité technique mixte ont été approuvés par le Malawi "
            "et le Mozambique.",
        ),
    ],
)
def test_signed_terms_of_reference_are_one_text(lang, text):
    assert kinds(text, lang) == ["other"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Experts of Malawi and Mozambique discussed the terms of reference of the study."),
        (
            "fr",
            "Les termes de référence de l'étude seront discutés par le Malawi et le Mozambique.",
        ),
    ],
)
def test_terms_of_reference_talked_of_are_no_text(lang, text):
    assert read(text, lang) == []


def test_ties_of_communication_as_an_item_of_a_list_of_domains():
    text = "Монголия и Непал подписали соглашения в сферах туризма, образования и связи."
    assert sectors(text, "ru") == [["culture"], ["education"], ["digital"]]


def test_in_connection_with_stays_no_domain():
    text = "В связи с визитом министра Монголия и Непал подписали соглашение о туризме."
    assert sectors(text, "ru") == [["culture"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Addressing the summit, the Ugandan foreign minister called for a regional "
            "agreement on the sharing of river water.",
        ),
        ("en", "Activists urged the conclusion of a treaty on plastic waste in the Pacific."),
        (
            "fr",
            "Le ministre gabonais a appelé à la signature d'une convention sur la protection "
            "des forêts du bassin du Congo.",
        ),
        ("fr", "La délégation bolivienne plaide pour un accord régional sur le lithium."),
        (
            "ru",
            "Министр иностранных дел Непала призвал к заключению соглашения о совместном "
            "использовании рек.",
        ),
    ],
)
def test_a_text_called_for_is_none(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The minister called for the implementation of the 2021 agreement on fisheries "
            "between Fiji and Samoa.",
        ),
        (
            "en",
            "Fiji and Samoa signed an agreement on fisheries, and the ministers urged fishermen "
            "to respect it.",
        ),
    ],
)
def test_a_text_signed_beside_a_call_stays(lang, text):
    assert len(read(text, lang)) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The ministry of works of Malawi invited bids for a contract to build the Chiweta "
            "bridge.",
        ),
        (
            "fr",
            "Le ministère béninois de l'Énergie a lancé un appel d'offres pour le contrat de "
            "construction de la centrale de Parakou.",
        ),
        ("ru", "Минтранс Киргизии объявил тендер на заключение контракта на ремонт дороги."),
    ],
)
def test_a_contract_put_out_to_tender_is_none(lang, text):
    assert read(text, lang) == []


def test_a_contract_signed_after_a_tender_stays():
    text = (
        "After an international tender, Malawi signed a contract with the company Mota-Engil "
        "for the Chiweta bridge."
    )
    assert kinds(text, "en") == ["contract"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le protocole du palais royal a accueilli la délégation du Lesotho à l'aéroport de "
            "Rabat.",
        ),
        ("en", "The presidential protocol of Ghana welcomed the delegation of Lesotho."),
        ("ru", "Протокольный отдел МИД Армении встретил делегацию Лесото."),
    ],
)
def test_the_protocol_of_an_institution_is_no_text(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Lesotho et le Maroc ont signé un protocole sur la coopération sanitaire."),
        ("en", "Lesotho and Ghana signed a protocol of cooperation in health."),
    ],
)
def test_a_protocol_of_cooperation_stays_a_text(lang, text):
    assert kinds(text, lang) == ["protocol"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Farmers' associations of Bolivia submitted a memorandum to the agriculture "
            "minister calling for lower fuel prices.",
        ),
        (
            "fr",
            "Les transporteurs maliens ont remis un mémorandum au gouverneur pour réclamer la "
            "réouverture de la frontière.",
        ),
        (
            "ru",
            "Фермеры Бразилии направили министру сельского хозяйства меморандум с требованием "
            "снизить цены на топливо.",
        ),
    ],
)
def test_a_memorandum_sent_as_a_petition_is_no_text(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The ministers of Bolivia and Peru handed over a memorandum of understanding on "
            "lithium at the ceremony.",
        ),
        ("ru", "Министры Боливии и Перу подписали меморандум о сотрудничестве в сфере лития."),
    ],
)
def test_a_memorandum_of_the_sides_stays_a_text(lang, text):
    assert kinds(text, lang) == ["memorandum"]


def test_the_plan_of_a_festival_is_no_text():
    text = "Гости из Перу ознакомились с планом мероприятий форума молодежи Боливии."
    assert read(text, "ru") == []


def test_a_plan_of_events_signed_stays_a_programme():
    text = "Боливия и Перу подписали план мероприятий по развитию туризма на 2027 год."
    assert kinds(text, "ru") == ["programme"]


@pytest.mark.parametrize(
    "text",
    [
        "The Framework Agreement on Economic Cooperation between Fiji and Vanuatu was signed in "
        "Suva.",
        "The Executive Programme on Cultural Exchanges between Oman and Tunisia was signed by "
        "the two ministers.",
    ],
)
def test_a_two_word_kind_named_by_its_title(text):
    assert len(read(text, "en")) == 1


def test_a_two_word_kind_said_again_stays_one():
    text = (
        "Fiji and Vanuatu signed a framework agreement on economic cooperation. The framework "
        "agreement was welcomed by traders."
    )
    assert len(read(text, "en")) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Bhutan and Thailand expressed the hope to sign an agreement on tourism one day.",
        ),
        (
            "fr",
            "Le Népal et le Bhoutan ont formé le vœu de conclure, un jour, une convention sur "
            "l'hydroélectricité.",
        ),
        (
            "fr",
            "Le Népal et le Bhoutan ont exprimé l'espoir de signer une convention sur "
            "l'hydroélectricité.",
        ),
        ("ru", "Непал и Бутан выразили стремление заключить соглашение о гидроэнергетике."),
    ],
)
def test_a_wish_told_by_its_noun_makes_no_text(lang, text):
    assert read(text, lang) == []


def test_an_intention_to_sign_is_still_announced():
    text = "Непал и Бутан намерены подписать соглашение о гидроэнергетике в мае."
    assert [a.status for a in read(text, "ru")] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Посол отметил, что подписанные с 1992 года соглашения между Чили и Монголией "
        "выполняются плохо.",
        "Эксперты считают, что действовавшие соглашения между Непалом и Бутаном устарели.",
    ],
)
def test_a_russian_plural_after_its_participle_names_no_text(text):
    """French and English say the plural by its article and ending; Russian «соглашения» is a
    plural or a genitive singular, and a plural participle before it tells which."""
    assert read(text, "ru") == []


def test_the_signing_of_a_russian_singular_stays_a_text():
    text = "Подписание соглашения между Чили и Монголией о туризме состоялось в Сантьяго."
    assert len(read(text, "ru")) == 1
