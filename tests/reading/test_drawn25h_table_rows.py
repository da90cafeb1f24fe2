"""Texts listed as a table's rows (session 29, drawH29).

- A row of cells joined by " ; " (as `clean._tables_as_rows` writes an HTML table) whose first
  cell is an organisation's name alone ("Asian Development Bank (ADB) ; Ministry of Finance ;
  Loan agreement for …") names the row's partner: it signs with the story's state, whose
  ministry the next cell names, not with the story's other side.
- A cell opened by a state's adjective before one of its institutions ("Saudi Fund for
  Development", "Fonds saoudien pour le développement", «Саудовский фонд развития») is that
  state (SPEC: a state's institutions stand for it), not a description.
- The rows under a header line are the header's list: a lead that told one of them bare
  ("a wind power deal with X") is that row's text, not a text of its own.
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

EN = (
    "Kenya signed agreements with two lenders and a wind power deal with Masdar on Thursday at"
    " a forum in Nairobi.\n"
    "The main documents were:\n"
    "Asian Development Bank (ADB) ; Ministry of Finance ; Loan agreement for the Kisumu"
    " wastewater treatment project ; $120 million\n"
    "Eurasian Development Bank (EDB) ; Ministry of Finance ; Loan agreement for the"
    " rehabilitation of irrigation canals in Kitui ; $80 million\n"
    "Masdar ; Ministry of Energy ; Investment agreement for a 300 MW solar park in Garissa ;"
    " $400 million\n"
    "Saudi Fund for Development ; Ministry of Health ; Memorandum of understanding on financing"
    " rural clinics ; —\n"
)
FR = (
    "Le Sénégal a signé jeudi à Dakar deux accords de prêt et un contrat avec la société Masdar.\n"
    "Les principaux textes sont les suivants :\n"
    "Banque africaine de développement (BAD) ; Ministère des Finances ; Accord de prêt pour"
    " l'assainissement des eaux usées de Thiès ; 90 millions de dollars\n"
    "Fonds saoudien pour le développement ; Ministère de la Santé ; Mémorandum d'entente sur le"
    " financement de centres de santé ruraux ; —\n"
)
RU = (
    "Киргизия подписала в четверг в Бишкеке соглашения с банками и контракт с компанией Masdar.\n"
    "Основные документы:\n"
    "Евразийский банк развития (ЕАБР) ; Министерство финансов ; Соглашение о займе на очистку"
    " сточных вод в Оше ; 50 млн долларов\n"
    "Саудовский фонд развития ; Министерство здравоохранения ; Меморандум о финансировании"
    " сельских больниц ; —\n"
)


def _sides(text: str) -> list[tuple[list[str], list[str]]]:
    return [
        (sorted(a.parties), sorted(a.sectors))
        for a in read(text.encode(), "article.txt").agreements
    ]


def test_english_rows_each_with_their_partner():
    assert _sides(EN) == [
        (["KEN", "Masdar"], ["energy"]),
        (["ADB", "KEN"], ["water"]),
        (["EDB", "KEN"], ["agriculture", "water"]),
        (["KEN", "SAU"], ["health"]),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (FR, (["AfDB", "SEN"], ["water"])),
        (RU, (["EDB", "KGZ"], ["water"])),
    ],
)
def test_a_lender_s_row(text, row):
    assert row in _sides(text)


def test_a_state_s_fund_by_its_adjective_signs_its_row():
    # (the French and Russian rows read SAU already where the story's sides were its states)
    assert (["KEN", "SAU"], ["health"]) in _sides(EN)
