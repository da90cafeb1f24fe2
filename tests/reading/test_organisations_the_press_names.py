"""Organisations the press names in cooperation stories, found by the gazetteer with the
party SPEC gives them: regional bodies and lenders by their own name or acronym, companies,
sovereign funds and a foundation in Latin script, alliances (COMESA, the Eurasian Economic
Commission) as their member states; short acronyms that are common words are not found in
lower case. Sentences written for these tests."""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer
from suivi.reading.gazetteer_data import MEMBERS
from suivi.reading.pipeline import read


def codes(text: str, lang: str) -> list[str]:
    return [m.code for m in gazetteer.find_mentions(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "La BDEAC a accordé un prêt au Cameroun.", "BDEAC"),
        ("fr", "L'OMVS et la Mauritanie ont signé une convention.", "OMVS"),
        ("fr", "L'OMVG a lancé un appel d'offres.", "OMVG"),
        ("fr", "L'ABN réunit ses ministres à Niamey.", "ABN"),
        ("fr", "Le CILSS publie son rapport.", "CILSS"),
        ("en", "The Liptako-Gourma Authority met in Ouagadougou.", "Liptako-Gourma Authority"),
        ("ru", "ИсБР выделил кредит Узбекистану.", "IsDB"),
        ("ru", "УВКБ ООН помогает беженцам в Чаде.", "UNHCR"),
        ("ru", "ВЭБ.РФ подписал соглашение с Египтом.", "VEB.RF"),
        ("ru", "Фонд Гейтса выделил средства Нигерии.", "Gates Foundation"),
        ("fr", "La Fondation Bill et Melinda Gates soutient le Sénégal.", "Gates Foundation"),
        ("en", "The Bill & Melinda Gates Foundation signed with Nigeria.", "Gates Foundation"),
        ("en", "Barrick Gold and Mali settled their dispute.", "Barrick"),
        ("en", "Glencore and Chad signed a deal.", "Glencore"),
        ("en", "Rio Tinto and Guinea signed a deal.", "Rio Tinto"),
        ("fr", "Boeing et Ethiopian Airlines ont signé un contrat.", "Boeing"),
        # a sovereign fund that is its state's authority or fund is its state (dev golds:
        # QIA, OIA, Danantara, RDIF); one incorporated as a company is a party of its own
        ("en", "The Public Investment Fund signed with Egypt.", "SAU"),
        ("en", "The Qatar Investment Authority signed with Rwanda.", "QAT"),
        ("en", "Temasek and Vietnam signed a memorandum.", "Temasek"),
        ("ru", "Мубадала и Египет подписали меморандум.", "Mubadala"),
        ("en", "Alrosa and Angola signed a memorandum.", "ALROSA"),
        ("ru", "Хуавэй и Кения подписали меморандум.", "Huawei"),
    ],
)
def test_organisation_is_found_by_its_party(lang, text, code):
    assert code in codes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("ru", "Крестьянин вёз воз сена в Бамако.", "WHO"),
        ("ru", "Воз и ныне там: Мали ждёт помощи.", "WHO"),
        ("en", "He walked through the green vale of Kenya.", "Vale"),
        ("en", "The bank ABN AMRO opened an office in Ghana.", "ABN"),
        ("ru", "ЕЭК ООН провела заседание в Женеве.", "EAEU"),
    ],
)
def test_common_word_or_longer_name_is_not_the_organisation(lang, text, absent):
    assert absent not in codes(text, lang)


def test_a_trigger_ending_a_known_name_introduces_no_company():
    found = codes("The Gates Foundation signed on Tuesday a grant with Nigeria.", "en")
    assert "Tuesday" not in found
    assert "Gates Foundation" in found


def sides(text: str) -> list[list[str]]:
    return [sorted(a["parties"]) for a in read(text).to_dict()["agreements"]]


_STORY = {
    "fr": "Accord à Bamako\n\nBamako, 3 mars 2025 - Le gouvernement du Mali et {} ont signé "
    "mardi un accord de financement pour la construction d'une route.",
    "en": "Deal in Bamako\n\nBamako, March 3, 2025 - The government of Mali and {} signed on "
    "Tuesday a financing agreement for the construction of a road.",
    "ru": "Соглашение в Бамако\n\nБамако, 3 марта 2025 года - Правительство Мали и {} подписали "
    "во вторник соглашение о финансировании строительства дороги.",
}


@pytest.mark.parametrize(
    ("lang", "name", "party"),
    [
        ("fr", "la BDEAC", "BDEAC"),
        ("fr", "l'OMVS", "OMVS"),
        ("fr", "l'Autorité du Liptako-Gourma", "Autorité du Liptako-Gourma"),
        ("fr", "la Fondation Gates", "Gates Foundation"),
        ("en", "the Niger Basin Authority", "Niger Basin Authority"),
        ("en", "the Public Investment Fund", "SAU"),
        ("en", "Glencore", "Glencore"),
        ("en", "Rusatom Overseas", "Rusatom Overseas"),
        ("ru", "ИсБР", "IsDB"),
        ("ru", "УВКБ ООН", "UNHCR"),
        ("ru", "ВЭБ.РФ", "VEB.RF"),
        ("ru", "ВОЗ", "WHO"),
        ("ru", "Мубадала", "Mubadala"),
    ],
)
def test_organisation_signs_with_a_state(lang, name, party):
    assert sides(_STORY[lang].format(name)) == [sorted(["MLI", party])]


@pytest.mark.parametrize(
    ("lang", "name", "alliance"),
    [
        ("en", "COMESA", "COMESA"),
        ("fr", "le COMESA", "COMESA"),
        ("ru", "КОМЕСА", "COMESA"),
        ("ru", "ЕЭК", "EAEU"),
        ("en", "the Eurasian Economic Commission", "EAEU"),
        ("fr", "la CEMAC", "CEMAC"),
    ],
)
def test_alliance_signs_as_its_member_states(lang, name, alliance):
    assert sides(_STORY[lang].format(name)) == [sorted({"MLI", *MEMBERS[alliance]})]


@pytest.mark.parametrize(
    ("lang", "text", "company", "home"),
    [
        ("en", "The Emirati wealth fund ADQ signed with Mali.", "ADQ", "ARE"),
        ("fr", "La société chinoise Sinohydro a signé avec le Mali.", "Sinohydro", "CHN"),
        ("ru", "Эмиратский инвестиционный фонд ADQ подписал соглашение с Мали.", "ADQ", "ARE"),
    ],
)
def test_home_adjective_before_a_known_company_describes_it(lang, text, company, home):
    found = codes(text, lang)
    assert company in found
    assert home not in found


@pytest.mark.parametrize(
    "text",
    ["The Russian side and Rosatom signed a roadmap.", "The Russian delegation met Rosatom."],
)
def test_home_adjective_of_another_noun_stays(text):
    assert "RUS" in codes(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        # the French acronym of an international body is its English one, as "PAM" is WFP
        ("fr", "La CBLT et le Niger ont signé une convention.", "LCBC"),
        ("en", "The Lake Chad Basin Commission and Chad signed.", "Lake Chad Basin Commission"),
        (
            "en",
            "The Economic Commission for Africa and Mali signed.",
            "Economic Commission for Africa",
        ),
        ("fr", "Le NEPAD et le Mali ont signé un protocole.", "NEPAD"),
        ("ru", "ОЭСР и Казахстан подписали меморандум.", "OECD"),
        ("fr", "La Commission européenne et le Mali ont signé.", "EU"),
        ("ru", "Еврокомиссия и Египет подписали меморандум.", "EU"),
        ("en", "OFID and Mali signed a loan agreement.", "OFID"),
        ("en", "The Mastercard Foundation and Rwanda signed.", "Mastercard Foundation"),
    ],
)
def test_more_international_bodies_are_found(lang, text, code):
    assert code in codes(text, lang)


def test_a_place_after_a_lenders_name_is_not_part_of_it():
    text = "Mali signed an agreement with the Development Bank of Latin America in Bamako."
    assert "Development Bank of Latin America" in codes(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        (
            "ru",
            "Мали подписала соглашение с Фондом ОПЕК.",
            "OPEC Fund",
        ),  # as golds b429, b528 write it
        ("ru", "ЕФСР и Киргизия подписали соглашение.", "EFSD"),
        ("ru", "МИБ и Вьетнам подписали меморандум.", "IIB"),
        ("ru", "Организация Объединенных Наций по промышленному развитию и Египет.", "UNIDO"),
        ("ru", "Африканский экспортно-импортный банк и Египет.", "Afreximbank"),
        ("ru", "Международной финансовой корпорацией и Египтом подписан меморандум.", "IFC"),
        ("en", "The IMO and Kenya signed a memorandum.", "IMO"),
        ("en", "The International Energy Agency and India signed.", "International Energy Agency"),
    ],
)
def test_russian_names_of_lenders_and_agencies(lang, text, code):
    assert code in codes(text, lang)


def test_french_millennium_goals_are_no_customs_organisation():
    assert codes("Les OMD et le Mali.", "fr") == ["MLI"]
