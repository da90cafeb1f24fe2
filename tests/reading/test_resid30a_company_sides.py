"""Companies read as themselves where the reader put their state or lost them (resid30A,
session 30): a company named by its trade at a sentence's start ("Meatpacker Kibo"), a
state's holding company by its kind ("the state food holding AGRIKEN"), a company after
"and" behind a state's office or agency ("the Kenyan Ministry of Health and Tema
Pharmaceuticals Limited": the office is its state's side, the company one of its own), and
a company's seat before "-based" that the NER tags as an organisation ("with Accra-based
Tobinco Pharma": no side). SPEC: a company, even a state-owned one, is a party of its own.
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_TALKS = "Kenya and Ghana held talks in Nairobi on Monday.\n\n"


def _sides(text: str) -> list[set[str]]:
    return [set(a.parties) for a in read(text).agreements]


def test_a_trade_word_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        _TALKS + "Meatpacker Kibo and the state food holding AGRIKEN signed a memorandum on "
        "a maize processing plant in Eldoret."
    )
    assert {"Kibo", "AGRIKEN"} in _sides(text)


def test_a_state_investment_holding_is_a_company() -> None:
    text = (
        _TALKS + "Separately, the state investment holding Sikaholdings signed a memorandum "
        "with Kenya Power on a solar plant."
    )
    assert {"Sikaholdings", "Kenya Power"} in _sides(text)


@pytest.mark.parametrize(
    "office",
    ["the Kenyan Ministry of Health", "the Kenya Medical Supplies Authority"],
)
def test_a_company_after_a_state_office_and(office: str) -> None:
    text = (
        _TALKS + f"The agreements include a supply agreement between {office} and Tema "
        "Pharmaceuticals Limited for generic medicines."
    )
    assert {"KEN", "Tema Pharmaceuticals Limited"} in _sides(text)


def test_a_company_after_a_state_office_and_in_french_and_russian() -> None:
    """Guard (passes on the start code too): French and Russian name the company apart."""
    french = (
        "Le Kenya et le Ghana ont tenu des consultations à Nairobi lundi.\n\nLe ministère "
        "kényan de la Santé et la société Tema Pharmaceuticals Limited ont signé un contrat "
        "de fourniture de médicaments génériques."
    )
    assert {"KEN", "Tema Pharmaceuticals Limited"} in _sides(french)
    russian = (
        "Россия и Кения провели переговоры в Найроби.\n\nМясоперерабатывающая компания "
        "«Кибо» и государственный холдинг «Агрикен» подписали меморандум о строительстве "
        "завода."
    )
    assert {"Kibo", "Agriken"} in _sides(russian)


def test_a_company_seat_before_based_is_no_side() -> None:
    text = (
        _TALKS + "Kenya Power also signed a licensing contract with Accra-based Tobinco Pharma "
        "covering generic drugs."
    )
    assert _sides(text) == [{"Kenya Power", "Tobinco Pharma"}]
