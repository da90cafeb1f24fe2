"""A short name in brackets that glosses the organisation spelled before it (session 29,
residA29). Sentences written for these tests.

The French press writes the African Development Bank "BAD" and the Islamic Development Bank
"BID", and the vocabularies read those acronyms so; but "la Banque asiatique de développement
(BAD)" and "la Banque interaméricaine de développement (BID)" gloss other lenders, and every
later "la BAD", "la BID" of the text (and of its title) is that lender. Before, the acronym
was read as the AfDB or the IsDB beside a second party for the lender spelled out. SPEC: an
organisation outside its list goes by its own name in Latin script, as the organisation
writes itself (the English name where the text does not write its acronym; «Межамериканский
банк развития» is the Inter-American Development Bank)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _reading(text: str) -> dict:
    return read(text.encode(), "story.txt").to_dict()


_GLOSSED = [
    (
        "Le Laos et la BAD signent un prêt pour l'irrigation\n"
        "Le gouvernement lao et la Banque asiatique de développement (BAD) ont signé mardi à "
        "Vientiane un accord de prêt de 40 millions de dollars pour l'irrigation. Selon la BAD, "
        "le projet doit permettre d'irriguer 20 000 hectares.",
        {"LAO", "Asian Development Bank"},
    ),
    (
        "Le Népal et la Banque asiatique de développement (BAD) ont signé jeudi à Katmandou un "
        "accord de prêt pour des routes rurales. La BAD financera aussi des ponts.",
        {"NPL", "Asian Development Bank"},
    ),
    (
        "Le Honduras et la Banque interaméricaine de développement (BID) ont signé lundi à "
        "Tegucigalpa un accord de prêt de 50 millions de dollars pour l'eau potable. La BID "
        "financera aussi des écoles.",
        {"HND", "Inter-American Development Bank"},
    ),
    (
        "Гондурас и Межамериканский банк развития (МБР) подписали в понедельник в Тегусигальпе "
        "кредитное соглашение на 50 млн долларов на питьевую воду. МБР также профинансирует "
        "строительство школ.",
        {"HND", "Inter-American Development Bank"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), _GLOSSED)
def test_an_acronym_glossing_another_lender_is_that_lender(text, parties):
    reading = _reading(text)
    assert set(reading["parties"]) == parties
    assert [set(a["parties"]) for a in reading["agreements"]] == [parties]


# guards: the acronyms the vocabularies know gloss their own lenders, as before
_OWN = [
    (
        "Le Sénégal et la Banque africaine de développement (BAD) ont signé lundi à Dakar un "
        "accord de prêt pour l'énergie. La BAD financera aussi des lignes électriques.",
        {"SEN", "AfDB"},
    ),
    (
        "Le Mali et la Banque islamique de développement (BID) ont signé lundi à Bamako un "
        "accord de prêt pour l'énergie. La BID financera aussi des lignes électriques.",
        {"MLI", "IsDB"},
    ),
    (
        "Nepal and the Asian Development Bank (ADB) signed a loan agreement for rural roads in "
        "Kathmandu on Thursday. ADB will also finance bridges.",
        {"NPL", "ADB"},
    ),
    (
        "Непал и Азиатский банк развития (АБР) подписали в четверг в Катманду кредитное "
        "соглашение на строительство сельских дорог. АБР также профинансирует мосты.",
        {"NPL", "ADB"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), _OWN)
def test_a_known_acronym_glossing_its_own_lender_is_unchanged(text, parties):
    assert set(_reading(text)["parties"]) == parties
