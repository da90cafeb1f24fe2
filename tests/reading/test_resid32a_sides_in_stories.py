"""Sides of agreements where other states and organisations compete with them (resid32A,
session 32): texts told in shapes the reader missed (a French programme with an adjective
before its content, a Russian statement signed, a loan signed after its partner, an
amendment to what is no text, sides congratulated on their text), an English story that
names a French company in full, a state's subdivision named with its kind, and Russian
universities named by their city's adjective. Invented sentences, not from the corpus."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in read(text).agreements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French adjective between the programme and its content
        (
            "Le Sénégal et la Belgique ont signé mardi un programme pluriannuel de coopération.",
            {frozenset({"SEN", "BEL"})},
        ),
        # a Russian statement the sides sign, joint or not
        (
            "Сербия и Венгрия подписали заявление о стратегическом партнерстве.",
            {frozenset({"SRB", "HUN"})},
        ),
        # the partner told between the signing verb and the loan
        (
            "La Banque africaine de développement a signé avec le Niger un prêt de 20 millions "
            "de dollars pour l'irrigation.",
            {frozenset({"AfDB", "NER"})},
        ),
        # an amendment to what is no text by its name
        (
            "Angola and TotalEnergies signed an amendment to the production licence on Friday.",
            {frozenset({"AGO", "TotalEnergies"})},
        ),
        # sides congratulated on their text, in English and in Russian
        (
            "At the signing ceremony, Brazil's foreign minister congratulated Peru and Bolivia "
            "on their water agreement.",
            {frozenset({"PER", "BOL"})},
        ),
        (
            "Министр иностранных дел Франции поздравил Эстонию и Латвию с подписанием "
            "пограничного договора.",
            {frozenset({"EST", "LVA"})},
        ),
    ],
)
def test_texts_told_in_other_shapes(text: str, expected: set[frozenset[str]]) -> None:
    assert _sides(text) == expected


def test_an_english_story_naming_a_french_company_in_full() -> None:
    text = (
        "The Compagnie générale industrielle et minière (CGIM) mines gold in Kiniéro.\n"
        "On Monday, CGIM signed a memorandum with Chad on surveys."
    )
    assert read(text).document.language == "en"
    assert _sides(text) == {frozenset({"CGIM", "TCD"})}


def test_a_subdivision_named_with_its_kind_is_its_state() -> None:
    text = "Mombasa County and the province of Ontario signed a memorandum on port training."
    assert _sides(text) == {frozenset({"KEN", "CAN"})}


def test_a_russian_university_named_by_its_city() -> None:
    text = "Новосибирский государственный университет подписал соглашение с Каирским университетом."
    assert _sides(text) == {frozenset({"RUS", "EGY"})}
