"""Date phrases: what a reader of the register sees as the date of a signature or session."""

from __future__ import annotations

import pytest

from suivi.reading.dates import find_dates, parse


@pytest.mark.parametrize(
    ("text", "value", "until"),
    [
        ("Le texte a été signé le samedi 28 juin 2025 à Niamey.", "2025-06-28", None),
        ("Les experts se réuniront du 22 au 24 mars 2023.", "2023-03-22", "2023-03-24"),
        ("Réunion prévue les 22-24 mars 2023.", "2023-03-22", "2023-03-24"),
        ("La session s'est tenue du 28 février au 2 mars 2024.", "2024-02-28", "2024-03-02"),
        ("The minutes were approved on June 23, 2025.", "2025-06-23", None),
        ("The meeting runs March 22-24, 2023 in Accra.", "2023-03-22", "2023-03-24"),
        ("Документ подписан 23 июня 2025 года.", "2025-06-23", None),
        ("Заседание прошло с 6 по 8 декабря 2022 года.", "2022-12-06", "2022-12-08"),
        ("Le programme couvre juin 2025.", "2025-06", None),
        ("Комиссия соберётся в октябре 2026 года.", "2026-10", None),
        ("La dernière réunion remonte à 2004.", "2004", None),
        ("Следующее заседание пройдёт в 2027 году.", "2027", None),
        ("Archive du 31/12/2010.", "2010-12-31", None),
        ("La session s'est tenue les 10, 11 et 12 décembre 2024.", "2024-12-10", "2024-12-12"),
        ("The talks were held on 10, 11 and 12 December 2024.", "2024-12-10", "2024-12-12"),
        ("Переговоры прошли 10, 11 и 12 декабря 2024 года.", "2024-12-10", "2024-12-12"),
    ],
)
def test_phrases_are_read_at_the_precision_they_give(text, value, until):
    [found] = find_dates(text)
    assert (found.value, found.until) == (value, until)
    assert text[found.start : found.end].strip()  # the phrase is a span of the text


def test_a_missing_year_comes_from_the_page_date():
    assert parse("le 5 mars", published="2025-04-10") == "2025-03-05"


def test_a_december_date_read_in_january_is_last_year():
    assert parse("le 28 décembre", published="2026-01-05") == "2025-12-28"


def test_weekdays_are_the_last_ones_before_the_page_date():
    # 5 November 2016 was a Saturday: "jeudi et vendredi" are the 3rd and 4th
    [found] = find_dates("Bamako a reçu jeudi et vendredi les délégations.", "2016-11-05")
    assert (found.value, found.until) == ("2016-11-03", "2016-11-04")


@pytest.mark.parametrize(
    "text",
    ["le 31 février 2025", "du 30 au 12 mars 2025", "", "aucune date ici", "le 5 mars"],
)
def test_impossible_or_missing_dates_give_nothing_never_an_error(text):
    assert find_dates(text) == []


def test_a_bad_page_date_is_ignored():
    assert parse("le 5 mars", published="2025-13-45") is None
