"""Drawn b301, b568, b648 (session 30, drawG30): a company's seat before its name, a depth
that is no water text, a Russian partner between the verb and its text, nested quotes after
a legal form, a known acronym that glosses a state's board, a full name known in an oblique
case only, and a count's list of partners that names no domain.

Invented sentences, fr/en/ru where the language has the shape.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Airbus signed a supply contract with Lagos-based Dana Air for ten aircraft.", "Dana Air"),
        (
            "Kenya signed a construction contract with Beijing-based Sinohydro for a new dam.",
            "Sinohydro",
        ),
        (
            "Novartis signed a distribution contract with Ho Chi Minh City-based Medipharco "
            "covering eleven generic drugs.",
            "Medipharco",
        ),
    ],
)
def test_a_seat_before_a_name_tells_a_company(text: str, company: str) -> None:
    reading = read(text)
    assert company in reading.parties, reading.parties
    assert any(company in a.parties for a in reading.agreements), reading.agreements


@pytest.mark.parametrize(
    "text",
    [
        "a joint container terminal at Tema, where the port authority has been looking for a "
        "deep-water investor since 2023",
        "un terminal à conteneurs, avec un quai en eau profonde pour les grands navires",
    ],
)
def test_a_depth_is_no_water_text(text: str) -> None:
    assert "water" not in sectors_of(text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            'Компания "Акрон" подписала с государственной Kenya National Trading Corporation '
            "(KNTC) контракт на поставку удобрений.",
            {"Акрон", "Kenya National Trading Corporation"},
        ),
        (
            'Компания "Уралкалий" подписала с Ceylon Fertilizer Company (CFC) контракт на '
            "поставку хлористого калия.",
            {"Uralkali", "Ceylon Fertilizer Company"},
        ),
    ],
)
def test_a_russian_partner_in_brackets_before_the_text(text: str, sides: set[str]) -> None:
    reading = read(text)
    assert len(reading.agreements) == 1, reading.agreements
    assert len(set(reading.agreements[0].parties)) == 2, reading.agreements
    assert set(reading.agreements[0].parties) & sides, reading.agreements


def test_a_companys_initials_in_outer_quotes_name_no_party() -> None:
    reading = read('АО "ОХК "Уралхим" подписало с Ираном контракт на поставку удобрений.')
    assert "Uralchem" in reading.parties, reading.parties
    assert not any(p.strip() != p or p.startswith("OKHK") for p in reading.parties), reading.parties


@pytest.mark.parametrize(
    "text",
    [
        "The Russian Export Center (REC) and the Export Development Board of Sri Lanka (EDB) "
        "signed a memorandum of understanding on trade.",
        "В Коломбо Российский экспортный центр (РЭЦ) и Совет по развитию экспорта Шри-Ланки "
        "(EDB) подписали меморандум о взаимопонимании в сфере торговли.",
    ],
)
def test_known_capitals_that_gloss_a_states_board_are_the_state(text: str) -> None:
    reading = read(text)
    assert "EDB" not in reading.parties, reading.parties
    assert [sorted(a.parties) for a in reading.agreements] == [["LKA", "RUS"]]


def test_the_eurasian_bank_stays_itself() -> None:
    reading = read("Kazakhstan signed a loan agreement with the Eurasian Development Bank (EDB).")
    assert "EDB" in reading.parties, reading.parties


def test_a_full_name_in_an_oblique_case_takes_the_written_ending() -> None:
    reading = read(
        "Документ подписан в присутствии министра сельского хозяйства Шри-Ланки К. Д. Лал "
        "Кантхи. Министр Лал Кантха заявил журналистам, что бартерного соглашения нет."
    )
    assert [p.name for p in reading.people] == ["К. Д. Лал Кантха"]


@pytest.mark.parametrize(
    "text",
    [
        "Malawi on Wednesday signed four agreements worth about $240 million with the African "
        "Development Bank, Japan and the developers of the Shire hydropower plant, the largest "
        "package of external financing the country has secured since the new administration "
        "took office.",
    ],
)
def test_a_counts_list_of_partners_names_no_domain(text: str) -> None:
    reading = read(text)
    assert reading.agreements == [], reading.agreements
    assert reading.agreements_total == 4


def test_a_russian_text_with_a_partner_then_a_verb_is_the_one_signed() -> None:
    reading = read(
        'Компания "Акрон" подписала с Kenya National Trading Corporation контракт на поставку '
        'удобрений. "Долгосрочный контракт с государственным импортером дает фермерам '
        'предсказуемость поставок", - говорится в сообщении компании.'
    )
    assert len(reading.agreements) == 1, reading.agreements
