"""Drawn documents of session 32 (drawE32): English civilities and short given names end no
sentence ("signed for the Bank by Ms. Okafor", "Md. Rahman"); a text's capitalised title
running up to its participle names no signing companies ("the Agreement on Trade, Investment
and Technical Cooperation signed in 2015"); a loan's project placed in a state makes that
state the borrower from the story's lending fund; a city's rapid transit is transport and
its sewerage water; Russian «образование» of a zone is no schooling, a text going through
ratification is signed, and «Межправсовет» is the council named before. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading import sectors
from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


def test_civility_stop_ends_no_list_item() -> None:
    reading = _read(
        "PRESS RELEASE\n\nNepal signs three financing agreements with the World Bank and "
        "KOICA\n\nThe Government of Nepal signed three financing agreements with the World "
        "Bank and the Korea International Cooperation Agency (KOICA) in Kathmandu on Monday. "
        "The agreements are:\n\n1. Loan Agreement with the World Bank, US$ 80 million, for the "
        "Kathmandu Valley Water Supply Project, signed for the Bank by Ms. Ngozi Okafor, "
        "Country Manager, Nepal Office;\n\n2. Grant Agreement with KOICA, US$ 10 million, for "
        "rural schools in Karnali, signed for KOICA by Mr. Kim Dong-hyun, Country Director, "
        "KOICA Nepal Office;\n\n3. Grant Agreement with the World Bank, US$ 5 million, for "
        "flood warning, signed by the same signatories.\n"
    )
    evidences = [a.evidence for a in reading.agreements]
    assert len(evidences) == 3
    assert all(e.startswith(("Loan Agreement", "Grant Agreement")) for e in evidences)


def test_short_given_name_ends_no_sentence() -> None:
    reading = _read(
        "The Exchange of Notes for the port project was signed between Mr. Md. Abdur Rahman, "
        "Secretary of the Ministry of Finance of Bangladesh, and the Ambassador of Korea."
    )
    assert [a.evidence.endswith("Ambassador of Korea.") for a in reading.agreements] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "The loan is the second extended to Kenya under the Agreement on Economic, Trade, "
        "Investment and Technical Cooperation signed between the two Governments in 2015 "
        "with Kuwait.",
        "Le prêt est le deuxième accordé au Sénégal au titre de l'Accord de Commerce, "
        "Investissement et Coopération Technique signé entre les deux gouvernements en 2015 "
        "avec le Koweït.",
    ],
)
def test_title_words_are_no_signing_companies(text: str) -> None:
    reading = _read(text)
    assert all(code.isupper() for code in reading.parties), reading.parties
    for agreement in reading.agreements:
        assert all(code.isupper() for code in agreement.parties), agreement.parties


def test_loan_project_state_borrows_from_story_fund() -> None:
    reading = _read(
        "The Kuwait Fund for Arab Economic Development on Monday signed a $20 million loan "
        "agreement with Jamaica for the upgrade of the Kingston sewerage network. A second "
        "loan, for a solar power plant in Grenada, is expected to be signed early next year, "
        "the fund said."
    )
    sides = {a.status: sorted(a.parties) for a in reading.agreements}
    assert sides["planned"] == ["GRD", "KWT"]
    signed = [a for a in reading.agreements if a.status == "signed"]
    assert signed and "water" in signed[0].sectors


@pytest.mark.parametrize(
    ("phrase", "sector", "absent"),
    [
        ("a loan for the Dhaka Mass Rapid Transit project", "transport", "trade"),
        ("for the sewerage network of the capital", "water", None),
        (
            "временное соглашение, ведущее к образованию зоны свободной торговли",
            "trade",
            "education",
        ),
    ],
)
def test_sector_words(phrase: str, sector: str, absent: str | None) -> None:
    found = sectors.sectors_of(phrase)
    assert sector in found
    assert absent not in found
    # schooling stays education
    assert sectors.sectors_of("соглашение о сотрудничестве в области образования") == ["education"]


@pytest.mark.parametrize(
    "text",
    [
        "Соглашение подписано в мае 2025 года и сейчас проходит ратификацию.",
        "The treaty was signed in May 2025 and is pending ratification.",
        "Le traité, signé en mai 2025, est en cours de ratification.",
    ],
)
def test_going_through_ratification_is_signed(text: str) -> None:
    assert sectors.status_of(text) == "signed"


def test_short_name_of_intergovernmental_council() -> None:
    reading = _read(
        "Москва, 3 марта. Евразийский межправительственный совет обсудил вопросы транзита. "
        "Межправсовет собирается не реже двух раз в год."
    )
    assert [b.cadence_months for b in reading.bodies] == [6]
