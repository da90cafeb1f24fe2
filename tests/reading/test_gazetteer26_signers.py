"""Who signs with a government, read with the side SPEC gives it: a state's aid and
export-credit agencies, development finance institutions and sovereign funds that are its
authorities stand for their state; multilateral lenders, sovereign funds incorporated as
companies and companies sign as themselves, in Latin script, found even where no company's
word introduces them ("the head of X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer
from suivi.reading.pipeline import read

_STORY = {
    "fr": "Accord à Bamako\n\nBamako, 3 mars 2025 - Le ministre malien des Finances et le "
    "directeur général de {} ont signé mardi un accord de financement pour la construction "
    "d'une route.",
    "en": "Deal in Bamako\n\nBamako, March 3, 2025 - Mali's finance minister and the head of "
    "{} signed on Tuesday a financing agreement for the construction of a road.",
    "ru": "Соглашение в Бамако\n\nБамако, 3 марта 2025 года - Министр финансов Мали и глава "
    "{} подписали во вторник соглашение о финансировании строительства дороги.",
}


def sides(text: str) -> list[list[str]]:
    return [sorted(a["parties"]) for a in read(text).to_dict()["agreements"]]


@pytest.mark.parametrize(
    ("lang", "name", "state"),
    [
        # aid, export-credit and development finance institutions of a state
        ("fr", "Proparco", "FRA"),
        ("fr", "Bpifrance", "FRA"),
        ("en", "Sinosure", "CHN"),
        ("en", "the DFC", "USA"),
        ("en", "NEXI", "JPN"),
        ("en", "UKEF", "GBR"),
        ("en", "BII", "GBR"),
        ("en", "DEG", "DEU"),
        ("en", "FMO", "NLD"),
        ("en", "Norfund", "NOR"),
        ("en", "Sida", "SWE"),
        ("en", "BNDES", "BRA"),
        ("en", "Türk Eximbank", "TUR"),
        ("en", "the Korea Trade Insurance Corporation", "KOR"),
        ("ru", "ЭКСАР", "RUS"),
        ("ru", "Росэксимбанк", "RUS"),
        # sovereign funds that are a state's authority or fund
        ("en", "QIA", "QAT"),
        ("en", "the Public Investment Fund", "SAU"),
        ("en", "ADIA", "ARE"),
        ("fr", "Danantara", "IDN"),
    ],
)
def test_state_institution_signs_as_its_state(lang, name, state):
    assert sides(_STORY[lang].format(name)) == [sorted(["MLI", state])]


@pytest.mark.parametrize(
    ("lang", "name", "party"),
    [
        # multilateral lenders and funds, by their own names
        ("en", "the East African Development Bank", "East African Development Bank"),
        ("en", "the Green Climate Fund", "Green Climate Fund"),
        ("fr", "Fonds vert pour le climat", "Fonds vert pour le climat"),
        ("en", "Shelter Afrique", "Shelter Afrique"),
        ("en", "IDB Invest", "IDB Invest"),
        (
            "ru",
            "Исламской корпорации по развитию частного сектора",
            "ICD",  # the acronym it goes by, as "Международной финансовой корпорации" is IFC
        ),
        # sovereign funds incorporated as companies
        ("en", "Khazanah", "Khazanah"),
        ("en", "Mumtalakat", "Mumtalakat"),
        # companies, in Latin script as they write themselves
        ("en", "Aselsan", "Aselsan"),
        ("en", "Eramet", "Eramet"),
        ("fr", "Hyundai Rotem", "Hyundai Rotem"),
        ("en", "Petroecuador", "Petroecuador"),
        ("ru", "Сонатрак", "Sonatrach"),
        ("ru", "Петробрас", "Petrobras"),
        ("ru", "Русатом Хэлскеа", "Rusatom Healthcare"),
        ("ru", "Алмаз-Антей", "Almaz-Antey"),
        ("ru", "Интер РАО", "Inter RAO"),
    ],
)
def test_organisation_signs_as_itself(lang, name, party):
    assert sides(_STORY[lang].format(name)) == [sorted(["MLI", party])]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Министерство энергетики Мали подписало во вторник соглашение о поставках "
            "газа с Сонатраком.",
            "Sonatrach",
        ),
        (
            "Министерство энергетики Мали подписало во вторник меморандум о сотрудничестве "
            "с Пертаминой.",
            "Pertamina",
        ),
    ],
)
def test_russian_case_form_of_a_company(text, party):
    assert sides(text) == [sorted(["MLI", party])]


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # guards (they pass without the vocabularies too): French "sida" is AIDS, not
        # Sweden's agency
        ("fr", "Le Sida recule au Mali, selon le ministère de la Santé.", "SWE"),
        ("fr", "La lutte contre le SIDA reste une priorité.", "SWE"),
        # the East African bank is no African Development Bank
        ("en", "The East African Development Bank lends to Uganda.", "AfDB"),
    ],
)
def test_names_that_are_other_words(lang, text, absent):
    assert absent not in [m.code for m in gazetteer.find_mentions(text, lang)]
