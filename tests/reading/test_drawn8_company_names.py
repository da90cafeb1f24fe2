"""Eighth draw (drawD19): organisations by the name the text goes by, and states that only
describe them. A ministry's list of portfolios is one ministry, not an organisation named
after its last portfolio; a lender the text goes on naming by its initials is that party by
them; a state in the possessive before words naming a company's kind is the company's home,
no side of its own (SPEC)."""

from __future__ import annotations

import pytest

from suivi.reading import counterparts
from suivi.reading.gazetteer import find_mentions
from suivi.reading.pipeline import read


def test_a_ministrys_last_portfolio_is_no_organisation() -> None:
    text = (
        "A memorandum was signed between Lesotho's Ministry of Trade, Mines and Energy and "
        "Eswatini's Ministry of Natural Resources and Energy on wind power."
    )
    reading = read(text)
    assert set(reading.parties) == {"LSO", "SWZ"}
    assert [set(a.parties) for a in reading.agreements] == [{"LSO", "SWZ"}]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "A memorandum was signed between Lesotho's Ministry of Trade, Mines and Energy "
            "and Eswatini.",
            "Energy",
        ),
        (
            "Le mémorandum a été signé entre le ministère des Mines, du Pétrole et de l'Énergie "
            "du Niger et le Tchad.",
            "Énergie",
        ),
        (
            "Меморандум подписали министерство промышленности, торговли и энергетики "
            "Казахстана и Узбекистан.",
            "энергетики",
        ),
    ],
)
def test_a_name_cut_from_a_ministrys_portfolios_signs_for_no_one(text: str, cut: str) -> None:
    # the NER may cut a ministry's last portfolio from its head; it is no organisation
    lang = "ru" if cut == "энергетики" else "fr" if cut == "Énergie" else "en"
    start = text.index(cut)
    found = counterparts.with_signing(text, [(start, start + len(cut))], find_mentions(text, lang))
    assert all(m.kind != "organisation" for m in found)


def test_a_company_after_a_ministry_is_still_read() -> None:
    text = (
        "Ghana's Ministry of Energy and Togo's Ministry of Mines signed a memorandum, and "
        "the Volta River Authority signed a power purchase agreement with Togo on Monday."
    )
    assert "Volta River Authority" in read(text).parties


def codes(text: str, lang: str = "en") -> set[str]:
    return {m.code for m in find_mentions(text, lang) if m.kind == "organisation"}


def test_a_lender_named_again_by_its_initials_is_that_party_by_them() -> None:
    text = (
        "Ghana signed a loan with the Pacific Regional Bank on Monday. The PRB will disburse "
        "the first tranche in June, Ghana's finance ministry said."
    )
    assert codes(text) == {"PRB"}


def test_a_lender_never_named_by_its_initials_keeps_its_name() -> None:
    text = "Ghana signed a loan with the Pacific Regional Bank on Monday in Accra."
    assert codes(text) == {"Pacific Regional Bank"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's state power utility LakePower and Uganda Power Corporation signed a deal.",
        "Kenya's national carrier SavannAir and Uganda Airways Corporation signed a deal.",
        "Kenya's power utility Lakepower and Victoria Power Corporation signed a deal.",
    ],
)
def test_a_state_describing_its_company_is_no_side(text: str) -> None:
    found = find_mentions(text, "en")
    assert "KEN" not in {m.code for m in found}


def test_a_state_before_a_company_without_describing_words_stays() -> None:
    text = "Kenya's delegation met Lakepower and Victoria Power Corporation on Monday."
    assert "KEN" in {m.code for m in find_mentions(text, "en")}


def test_a_corporation_named_again_by_its_initials_is_that_party_by_them() -> None:
    text = (
        "Kenya and Lakeside Power Corporation (LPC) signed a supply contract on Monday. LPC "
        "will deliver 50 megawatts from next year."
    )
    assert "LPC" in codes(text)
