"""What is not a signing: a text only talked of, wished for, proposed or possibly signed
later, and texts of one side with partners it does not name, are no agreements of the
story (SPEC: agreements are texts signed, or announced for signing, between named sides).
An older text named with its own date stays one, whatever the sentence says of it; a text
announced for a date stays planned. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    for a in found:
        assert a.evidence in text
    return found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Mali et la Guinée ont discuté d'un accord sur l'exploitation d'un port sec."),
        (
            "fr",
            "Des négociations sont en cours sur une convention de transit entre le Mali et le Sénégal.",
        ),
        ("fr", "Le Niger et le Tchad ont tenu des discussions sur un accord de défense."),
        (
            "en",
            "Officials said negotiations on a free trade agreement between Peru and Chile would continue.",
        ),
        ("en", "Kenya and Uganda held talks on an agreement on energy."),
        ("en", "Mexico and Guatemala agreed to work towards an agreement on energy."),
        (
            "en",
            "A security cooperation agreement proposed by Guatemala to Mexico was not on the agenda.",
        ),
        ("ru", "Россия и Египет продолжат переговоры о соглашении о защите инвестиций."),
        ("ru", "Россия и Вьетнам провели консультации по соглашению о туризме."),
    ],
)
def test_a_text_talked_of_or_proposed_is_no_agreement(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Bénin et le Togo souhaitent conclure un accord sur l'eau du fleuve Mono."),
        ("en", "Senegal hopes to conclude a financing agreement on sanitation with Saudi Arabia."),
        ("ru", "Россия и Ангола намерены заключить соглашение о рыболовстве."),
    ],
)
def test_a_wish_to_conclude_is_no_agreement(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Mali et la Guinée ont évoqué un accord sur le transit, qui pourrait être signé en mai.",
        ),
        (
            "fr",
            "Un accord sur la pêche entre le Maroc et la Mauritanie pourrait être signé en juin.",
        ),
        ("en", "An agreement on fisheries between Namibia and Angola could be signed next month."),
        ("en", "A memorandum on health between Oman and Kenya may be concluded this year."),
        ("en", "Peru and Chile discussed a text on mining that could be signed next year."),
        ("ru", "Соглашение о туризме между Россией и Египтом может быть подписано в июне."),
    ],
)
def test_a_text_that_could_be_signed_is_no_agreement(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The UAE has signed similar energy agreements with several African countries."),
        ("fr", "Le Maroc a déjà signé des accords de pêche avec plusieurs pays africains."),
        ("ru", "Москва уже подписала подобные соглашения с рядом стран Латинской Америки."),
    ],
)
def test_texts_with_partners_not_named_are_background(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # signed after talks, announced for a date, or older with its own date: kept
        ("en", "Kenya and Uganda signed an agreement on energy after talks.", [("signed", None)]),
        (
            "fr",
            "Le Mali et le Niger ont signé un accord sur la défense à l'issue des discussions.",
            [("signed", None)],
        ),
        (
            "en",
            "Zambia and Malawi will sign an agreement on railways in June.",
            [("planned", None)],
        ),
        (
            "en",
            "Kenya and Uganda discussed the implementation of their 2019 agreement on fisheries.",
            [("signed", "2019")],
        ),
        (
            "en",
            "Kenya and Uganda signed an agreement on energy that could double trade.",
            [("signed", None)],
        ),
    ],
)
def test_a_signing_a_plan_and_an_older_text_stay_agreements(lang, text, expected):
    found = read(text, lang)
    assert [(a.status, a.date if a.date == "2019" else None) for a in found] == expected
