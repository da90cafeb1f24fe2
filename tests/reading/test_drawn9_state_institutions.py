"""A state's fund named by its nationality, and a central bank named without its state's
name, stand for their state (session 20, drawA20).

Invented sentences. SPEC: a state's institutions (agencies, central banks, funds) are its
code, not parties of their own. An acronym introduced after "le Fonds qatari pour le
développement" was read as an organisation of its own when it later signed; "Bank
Al-Maghrib" (Morocco's central bank, "al-Maghrib" is Arabic for Morocco) and the Bundesbank
were read as an organisation or not at all.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "date 2025-03-04 Le ministre des Finances, Ali Mahamat, et le directeur général du "
            "Fonds qatari pour le développement (FQD), Khalifa Al-Kuwari, ont signé lundi à "
            "N'Djamena deux documents : un accord de don pour des écoles et un protocole "
            "d'accord entre le FQD et l'Agence nationale des investissements et des exportations "
            "(ANIE).",
            {"QAT", "TCD"},
        ),
        (
            "date 2025-03-04 The Finance Minister of Kenya and the head of the Saudi Fund for "
            "Development (SDF) signed two loan agreements in Nairobi, and a memorandum of "
            "understanding between the SDF and the Kenya Investment Authority.",
            {"SAU", "KEN"},
        ),
    ],
)
def test_a_state_fund_introduced_by_acronym_is_its_state(text: str, parties: set[str]) -> None:
    reading = read(text)
    assert set(reading.parties) == parties
    assert all(set(a.parties) == parties for a in reading.agreements)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "date 2025-03-04 Bank Al-Maghrib and the Central Bank of Egypt signed a memorandum "
            "of understanding on payment systems in Cairo on Monday.",
            {"MAR", "EGY"},
        ),
        (
            "date 2025-03-04 The Bundesbank and the Bank of Ghana signed a memorandum of "
            "understanding on banking supervision.",
            {"DEU", "GHA"},
        ),
    ],
)
def test_a_central_bank_without_its_state_name_is_its_state(text: str, parties: set[str]) -> None:
    (agreement,) = read(text).agreements
    assert set(agreement.parties) == parties
