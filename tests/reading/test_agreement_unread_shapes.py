"""Shapes the blind split showed unread (issue 10, agree2): a definite text named by its
signing, deals with no agreement word, companies by the short name in brackets, plans of
consultations, amounts that are no count, a participle or a relative clause after the
mention. The sentences are invented for these tests (no corpus document's wording)."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements, totals


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    return found


def test_signed_the_grant_agreement_is_a_text_whose_content_is_said_before():
    found = read(
        "Ghana and Japan agreed a grant for the rehabilitation of rural roads and bridges. "
        "The finance minister and the ambassador signed the grant agreement in Accra.",
        "en",
    )
    assert [(a.title, a.sectors) for a in found] == [("grant agreement", ["infrastructure"])]
    assert sorted(found[0].parties) == ["GHA", "JPN"]


def test_signed_the_agreement_after_one_of_its_kind_is_that_one():
    found = read(
        "Ghana and Japan signed a loan agreement for a water treatment plant. "
        "The two ministers signed the loan agreement in Tokyo.",
        "en",
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    ("lang", "text", "parties", "sectors"),
    [
        (
            "en",
            "Indian drugmaker Serum Institute Limited agreed with Kenya to supply vaccines.",
            ["KEN", "Serum Institute Limited"],
            ["health"],
        ),
        (
            "ru",
            "Компания «Уралкалий» договорилась с Шри-Ланкой о поставках удобрений.",
            ["LKA", "Uralkali"],
            ["agriculture"],
        ),
    ],
)
def test_a_company_deal_with_no_agreement_word_is_a_contract(lang, text, parties, sectors):
    found = read(text, lang)
    assert [(a.kind, sorted(a.parties), a.sectors) for a in found] == [
        ("contract", parties, sectors)
    ]


def test_states_that_agree_to_something_sign_no_contract():
    assert read("Kenya agreed with Uganda to build a railway to Kampala.", "en") == []


def test_a_company_goes_by_the_short_name_in_brackets_after_it():
    found = read(
        "Le Niger et la Société d'exploitation des eaux du Niger (SEEN) ont signé une "
        "convention sur l'adduction d'eau potable.",
        "fr",
    )
    assert [sorted(a.parties) for a in found] == [["NER", "SEEN"]]


def test_a_plan_of_consultations_between_foreign_ministries_is_a_programme():
    found = read("Россия и Перу подписали план межмидовских консультаций на 2025–2027 годы.", "ru")
    assert [(a.kind, a.sectors) for a in found] == [("programme", ["diplomacy"])]


def test_an_amount_is_no_count_of_agreements():
    assert totals.total("Peru and Chile signed a $150 million loan agreement.") is None
    assert totals.total("Peru and Chile signed three agreements on energy.") == 3


def test_a_participle_after_the_mention_names_no_sector_of_it():
    found = read(
        "Peru and Chile signed an agreement on the hydroelectric dam of the Maule, ending "
        "years of dispute over customs duties and fishing rights.",
        "en",
    )
    assert [a.sectors for a in found] == [["energy"]]


def test_a_company_named_in_a_relative_clause_is_no_side():
    found = read(
        "Kenya and Egypt signed a memorandum on nuclear medicine, under which Rosatom "
        "would train their engineers.",
        "en",
    )
    assert [sorted(a.parties) for a in found] == [["EGY", "KEN"]]


def test_a_state_in_the_possessive_before_its_company_is_its_home():
    found = read(
        "Peru's national oil company Petroperu and Brazilian grid operator Alupar Energia "
        "signed a memorandum on a transmission line.",
        "en",
    )
    assert [sorted(a.parties) for a in found] == [["Alupar Energia", "Petroperu"]]
