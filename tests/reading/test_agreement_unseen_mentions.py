"""Agreement mentions in shapes the corpora lacked, each rule keyed on the language: the
future is a plan; the host of a meeting, a funder and the one who
reports a text are no sides; an organisation named in Cyrillic gets its Latin name; a
state's possessive before a company is its home. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2025-03-10")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Zambia and Malawi will sign an agreement on railways in June."),
        ("fr", "Le Gabon et le Cameroun signeront un accord sur les routes en juillet."),
        ("fr", "Le Bénin et le Togo concluront un protocole sur l'électricité à Lomé."),
        ("ru", "Россия и Ангола подпишут соглашение о рыболовстве в июне."),
        ("ru", "Египет и Россия заключат соглашение о туризме до конца года."),
    ],
)
def test_an_agreement_in_the_future_is_planned(lang, text):
    found = read(text, lang)
    assert [a.status for a in found] == ["planned"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Togo et le Bénin n'ont pas signé d'accord sur l'énergie lors de la visite."),
        ("en", "Kenya and Ethiopia did not sign the trade agreement during the visit."),
        ("ru", "Россия и Египет не подписали соглашение о туризме во время визита."),
    ],
)
def test_a_denied_signing_is_no_agreement(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        (
            "en",
            "On the sidelines of the summit hosted by Ethiopia, Kenya and Uganda signed a "
            "memorandum on energy.",
            ["KEN", "UGA"],
        ),
        (
            "en",
            "Ghana and Togo signed an agreement on water, financed by the African Development "
            "Bank, on Monday.",
            ["GHA", "TGO"],
        ),
        (
            "fr",
            "Le Niger et le Bénin ont signé un accord sur les routes, financé par la Banque "
            "mondiale, à Cotonou.",
            ["NER", "BEN"],
        ),
        (
            "fr",
            "À l'invitation du Maroc, le Mali et la Guinée ont signé un accord sur la santé.",
            ["MLI", "GIN"],
        ),
        (
            "ru",
            "При поддержке Китая Россия и Лаос подписали соглашение об энергетике.",
            ["RUS", "LAO"],
        ),
        (
            "en",
            "Qatar and Rwanda signed a memorandum on aviation, the Egyptian Foreign Ministry said.",
            ["QAT", "RWA"],
        ),
    ],
)
def test_hosts_funders_and_reporters_are_no_sides(lang, text, sides):
    found = read(text, lang)
    assert [sorted(a.parties) for a in found] == [sorted(sides)]


def test_an_organisation_in_cyrillic_has_its_latin_name():
    found = read("Россия и ФАО подписали меморандум о продовольственной безопасности.", "ru")
    assert [sorted(a.parties) for a in found] == [["FAO", "RUS"]]


def test_a_states_possessive_is_a_companys_home_not_its_name():
    found = read(
        "Kenya and Oman's Asyad Group signed a memorandum on port cooperation in Mombasa.",
        "en",
    )
    assert [sorted(a.parties) for a in found] == [["Asyad Group", "KEN"]]


@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        (
            "en",
            "Egypt and Sudan signed a memorandum on water on Monday amid tensions with Ethiopia.",
            ["EGY", "SDN"],
        ),
        (
            "fr",
            "Le Maroc et le Gabon ont signé lundi un accord sur l'énergie, sur le modèle de celui "
            "conclu avec la Côte d'Ivoire.",
            ["GAB", "MAR"],
        ),
        (
            "ru",
            "Россия и Египет подписали соглашение о поставках зерна, закупаемого ранее на Украине.",
            ["EGY", "RUS"],
        ),
        (
            "fr",
            "En marge du sommet de l'Union africaine, le Kenya et l'Éthiopie ont signé un accord "
            "sur le commerce.",
            ["ETH", "KEN"],
        ),
        (
            "ru",
            "На полях саммита БРИКС Россия и Египет подписали соглашение о торговле.",
            ["EGY", "RUS"],
        ),
        (
            "en",
            "Sudan and South Sudan signed an AU-brokered agreement on oil transit.",
            ["SDN", "SSD"],
        ),
    ],
)
def test_what_follows_the_signing_subject_or_frames_the_meeting_adds_no_side(lang, text, sides):
    found = read(text, lang)
    assert [sorted(a.parties) for a in found] == [sorted(sides)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Somalia and the UN's refugee agency, UNHCR, signed a memorandum on health."),
        (
            "en",
            "Kenya and the UN refugee agency UNHCR signed an agreement on the return of refugees.",
        ),
        (
            "ru",
            "Казахстан и агентство ООН по делам беженцев УВКБ подписали меморандум о здравоохранении.",
        ),
    ],
)
def test_the_parent_of_an_agency_is_no_side(lang, text):
    found = read(text, lang)
    assert len(found) == 1 and "UN" not in found[0].parties and "UNHCR" in found[0].parties


def test_a_text_discussed_is_none_and_one_exchanged_signed():
    assert read("Kenya and India discussed a free trade agreement.", "en") == []
    found = read(
        "India and Ghana exchanged three agreements on health, tourism and railways.", "en"
    )
    assert [(a.status, a.sectors) for a in found] == [
        ("signed", ["health"]),
        ("signed", ["culture"]),
        ("signed", ["transport"]),
    ]


def test_a_long_last_domain_is_read_by_its_head():
    found = read(
        "Kenya and Ethiopia signed agreements on trade, defence, and the exemption of visas for "
        "holders of diplomatic passports.",
        "en",
    )
    assert [a.sectors for a in found] == [["trade"], ["defence"], ["diplomacy"]]


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("broadcasting", "digital"),
        ("в области телевидения и радиовещания", "digital"),
        ("la protection des consommateurs", "trade"),
        ("в области гендерного равенства", "social"),
        ("les affaires islamiques", "culture"),
        ("la mobilité de la main-d'œuvre", "migration"),
    ],
)
def test_more_domain_words(phrase, sector):
    from suivi.reading.sectors import sectors_of

    assert sectors_of(phrase) == [sector]


def test_the_agreements_spoken_of_after_the_signing_are_no_new_text():
    text = (
        "Zambia and Zimbabwe signed an MoU on tourism on Monday. "
        "The foreign minister said the agreements would boost trade."
    )
    assert [a.sectors for a in read(text, "en")] == [["culture"]]
    # a definite plural that tells their content still lists them
    text = "Brazil and Angola signed four texts on Monday. The agreements cover health and energy."
    assert [a.sectors for a in read(text, "en")] == [["health"], ["energy"]]


def test_talks_on_a_text_are_none_and_a_text_whose_preparation_is_hastened_is_planned():
    assert (
        read("Kenya and India agreed to launch negotiations on a free trade agreement.", "en") == []
    )
    found = read("Россия и Мали договорились ускорить подготовку соглашения об инвестициях.", "ru")
    assert [a.status for a in found] == ["planned"]


@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        ("fr", "Le Mali et le Niger, membres de l'AES, ont signé un accord sur la sécurité.", ["MLI", "NER"]),
        ("ru", "Россия и Казахстан, члены ЕАЭС, подписали соглашение о торговле.", ["KAZ", "RUS"]),
        ("en", "Mali, a member of the AES, signed an agreement on energy with Russia.", ["MLI", "RUS"]),
        ("en", "China's Exim Bank and Kenya signed a loan agreement on railways.", ["CHN", "KEN"]),
        ("en", "The Exim Bank of India and Ghana signed a loan agreement on railways.", ["GHA", "IND"]),
        (
            "en",
            "The Abu Dhabi Fund for Development and Mauritania signed a loan agreement on solar power.",
            ["ARE", "MRT"],
        ),
        ("en", "KfW and Ghana signed a grant agreement on solar energy.", ["DEU", "GHA"]),
        ("en", "The QFFD and Rwanda signed an agreement on education.", ["QAT", "RWA"]),
    ],
)  # fmt: skip
def test_a_membership_said_in_passing_and_a_states_bank(lang, text, sides):
    found = read(text, lang)
    assert [sorted(a.parties) for a in found] == [sorted(sides)]


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "fr",
            "Le Niger et le Bénin ont signé un mémorandum sur l'énergie. Un mémorandum similaire "
            "avait été signé avec le Togo en 2022.",
            [["energy"], ["energy"]],
        ),
        (
            "ru",
            "Россия и Египет подписали соглашение о торговле. Аналогичное соглашение Россия "
            "подписала с Алжиром в 2023 году.",
            [["trade"], ["trade"]],
        ),
        (
            "fr",
            "Le Sénégal et la Gambie ont signé un accord sur la pêche. Selon le ministre, un tel "
            "accord était attendu depuis dix ans.",
            [["agriculture"]],
        ),
    ],
)
def test_a_similar_text_shares_the_domains_and_such_a_text_is_a_repeat(lang, text, sectors):
    assert [a.sectors for a in read(text, lang)] == sectors


def test_a_commissions_cached_sectors_are_not_changed_by_their_agreements():
    from suivi.reading.agreements import _commission_sectors

    cached = _commission_sectors("la commission mixte de coopération énergétique")
    assert isinstance(cached, tuple)


def test_an_older_text_in_a_sentence_of_plans_was_signed_and_a_wish_is_none():
    found = read(
        "Kenya and Uganda called for the implementation of the 2019 agreement on fisheries.", "en"
    )
    assert [(a.status, a.date) for a in found] == [("signed", "2019")]
    assert read("Kenya and Uganda expressed their wish for an agreement on energy.", "en") == []
