"""The sides of an agreement from the grammar of its sentence, not from every state in it.

The blind split's aggregate errors (issue 10, session 11): agreements read from the right
sentence with the right sectors but another side, one state in place of another. Known
shapes: the host or witness of the signing, subject of its own verb; the state of the
dateline or of the place of signing; the sides named by the agreement's own "between" (in
titles with the states' long names); "the two countries" where a third state leads the
story; a company's head signing an intergovernmental agreement. Articles written for these
tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def sides_of(text: str) -> list[set[str]]:
    reading = read(text.encode(), "article.txt").to_dict()
    return [set(a["parties"]) for a in reading["agreements"]]


@pytest.mark.parametrize(
    ("sentence", "filler", "expected"),
    [
        (
            "UAE President Sheikh Mohamed bin Zayed witnessed the signing of a memorandum of "
            "understanding on electricity trade between Kenya and Ethiopia.",
            "The UAE and Kenya are partners. The UAE invests in Ethiopia.",
            {"KEN", "ETH"},
        ),
        (
            "Saudi Arabia's Crown Prince hosted the signing ceremony in Riyadh, where Pakistan "
            "and Bangladesh signed a memorandum of understanding on trade.",
            "Saudi Arabia said. Saudi Arabia welcomed it.",
            {"PAK", "BGD"},
        ),
        (
            "Indian Prime Minister Narendra Modi looked on as Ghana and Nigeria signed a "
            "memorandum of understanding on energy.",
            "India. India welcomed it. India.",
            {"GHA", "NGA"},
        ),
        (
            "Le Président de la République du Sénégal a présidé la cérémonie de signature d'un "
            "accord sur la pêche entre la Mauritanie et la Gambie.",
            "Le Sénégal accueille. Le Sénégal, la Mauritanie et la Gambie.",
            {"MRT", "GMB"},
        ),
        (
            "Президент Казахстана принял участие в церемонии подписания соглашения о транзите "
            "между Узбекистаном и Туркменистаном.",
            "Казахстан. Казахстан принял гостей.",
            {"UZB", "TKM"},
        ),
        (
            "Премьер-министр Узбекистана провел встречу с делегациями, по итогам которой "
            "Казахстан, Кыргызстан и Таджикистан подписали в Узбекистане трехстороннее "
            "соглашение о сотрудничестве в области чрезвычайных ситуаций.",
            "Узбекистан. Узбекистан принял гостей.",
            {"KAZ", "KGZ", "TJK"},
        ),
        (
            "During the visit of Qatar's Emir Sheikh Tamim bin Hamad Al Thani, Rwanda and "
            "Burundi signed an agreement on aviation.",
            "Qatar. Qatar hosted. Qatar.",
            {"RWA", "BDI"},
        ),
        (
            "В ходе визита президента Египта Россия и Эфиопия подписали соглашение о "
            "сотрудничестве в области образования.",
            "Египет. Египет принял гостей.",
            {"RUS", "ETH"},
        ),
        (
            "Under the patronage of the Emir of Qatar, Rwanda and Burundi signed a memorandum "
            "on security.",
            "Qatar. Qatar hosted. Qatar.",
            {"RWA", "BDI"},
        ),
    ],
)
def test_the_host_or_witness_of_a_signing_is_no_side(sentence, filler, expected):
    text = f"date 2025-05-14 Signing - example.com\n\n{sentence}\n\n{filler}\n"
    assert sides_of(text) == [expected]


def test_the_state_of_a_dateline_is_no_side():
    text = (
        "date 2025-05-14 Pakistan, Bangladesh sign trade MoU - example.com\n\n"
        "JEDDAH, Saudi Arabia — Pakistan and Bangladesh signed a memorandum of understanding "
        "on trade on Monday.\n\nSaudi Arabia hosted the talks. Saudi Arabia.\n"
    )
    assert sides_of(text) == [{"PAK", "BGD"}]


def test_the_state_after_the_city_of_signing_is_no_side():
    text = (
        "date 2025-05-14 Kenya, WHO - example.com\n\n"
        "Kenya's Health Minister signed an agreement on health with the WHO's regional director "
        "in Addis Ababa, Ethiopia.\n\nKenya. Ethiopia. Ethiopia. Ethiopia.\n"
    )
    assert sides_of(text) == [{"KEN", "WHO"}]


def test_a_state_named_as_the_place_of_signing_is_no_side():
    text = (
        "date 2025-05-14 Соглашение - example.ru\n\n"
        "Казахстан и Кыргызстан подписали в Узбекистане соглашение о транзите грузов.\n\n"
        "Узбекистан принял делегации. Узбекистан.\n"
    )
    assert sides_of(text) == [{"KAZ", "KGZ"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2025-06-05 Россия и Ангола - example.ru\n\n"
            "Генеральный директор госкорпорации «Росатом» и министр энергетики Анголы подписали "
            "Соглашение между Правительством Российской Федерации и Правительством Республики "
            "Ангола о сотрудничестве в области использования атомной энергии в мирных целях.\n\n"
            "Россия и Ангола развивают отношения.\n",
            {"RUS", "AGO"},
        ),
        (
            "date 2025-07-10 Communiqué - example.sn\n\n"
            "Le Conseil a adopté le projet de loi autorisant la ratification de la Convention "
            "entre la République du Sénégal et l'État du Qatar tendant à éliminer la double "
            "imposition en matière d'impôts sur le revenu et à prévenir l'évasion fiscale, "
            "signée à Doha le 3 octobre 2024.\n\nLe Sénégal et la France. La France.\n",
            {"SEN", "QAT"},
        ),
    ],
)
def test_the_sides_an_agreement_names_after_between(text, expected):
    assert sides_of(text) == [expected]


def test_a_port_memorandum_between_a_company_and_an_authority_keeps_its_sides():
    text = (
        "date 2025-03-04 Oman, Tanzania - example.com\n\n"
        "A memorandum on port cooperation between Oman's Asyad Group and the Tanzania Ports "
        "Authority will be signed in June, the Omani Foreign Ministry said.\n\n"
        "Oman and Tanzania are partners.\n"
    )
    assert sides_of(text) == [{"Asyad Group", "TZA"}]


def test_the_two_countries_are_the_two_named_together_not_the_leading_third():
    text = (
        "date 2025-02-19 Mauritanie-Mali - example.mr\n\n"
        "Le Maroc, qui a lancé son initiative atlantique, suit de près le projet. Le roi du "
        "Maroc l'a rappelé.\n\n"
        "La Mauritanie et le Mali ont tenu leur commission mixte à Nouakchott.\n\n"
        "Les deux pays ont signé un accord sur le transport routier.\n\n"
        "Le Maroc salue ce pas. Le Maroc.\n"
    )
    assert sides_of(text) == [{"MRT", "MLI"}]


def test_three_texts_are_no_three_sides():
    text = (
        "date 2025-02-19 Mauritanie-Mali - example.mr\n\n"
        "La Mauritanie et le Mali ont tenu leur commission mixte à Nouakchott.\n\n"
        "Les deux pays ont signé trois textes : un accord sur le transport, un mémorandum sur "
        "la santé et un protocole sur l'éducation.\n\n"
        "Le Maroc salue ce pas. Le Maroc, le Maroc.\n"
    )
    assert sides_of(text) == [{"MRT", "MLI"}] * 3


def test_signed_on_behalf_of_the_government_in_russian_is_a_new_agreement():
    text = (
        "date 2025-05-14 Соглашение - example.ru\n\n"
        "Министр энергетики Анголы подписал от имени правительства соглашение с компанией "
        "«Роснефть» о разведке нефти.\n\nРоссия и Ангола.\n"
    )
    assert sides_of(text) == [{"AGO", "Rosneft"}]


def test_a_dollar_amount_names_no_state():
    text = (
        "date 2025-12-21 Paraguay loan - example.com\n\n"
        "Paraguay's Finance Minister and the Inter-American Development Bank's representative "
        "signed a US$250 million loan agreement to expand the electricity transmission "
        "network.\n\nParaguay welcomed it.\n"
    )
    assert sides_of(text) == [{"PRY", "Inter-American Development Bank"}]
