"""A quoted company name that ends in capitals («Интер РАО», «Восток СМК») is the company
as a whole, not its capitals alone (session 19, drawF19).

Invented sentences: the capitals were read as an acronym signing on their own («РАО»), and
the word before them inside the quotes was lost.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Вчера «Интер РАО» заключила контракт с компанией «Эрдэнэт» на поставку "
            "электроэнергии.",
            "Inter RAO",
        ),
        ("«Восток СМК» и «Эрдэнэт» подписали контракт на поставку руды.", "Vostok SMK"),
    ],
)
def test_quoted_name_ending_in_capitals_is_the_company(text: str, company: str) -> None:
    reading = read(text)
    assert company in reading.parties
    assert any(company in a.parties for a in reading.agreements)


def test_capitals_alone_in_quotes_stay_the_company() -> None:
    reading = read("Между «ОМК» и «Эрдэнэт» подписан контракт на поставку труб.")
    assert "OMK" in reading.parties
