"""A company the reader missed on a drawn Russian document (session 27, drawB27).

Invented sentences: a company a Russian text spells out by its head word and the field it
works in («корпорация по ядерной энергии», «компания по производству электроэнергии»),
glossed by the short name it signs with in Latin letters, mixed case included (Necsa,
KenGen), is that company (SPEC: a company, even a state-owned one, is a party of its own).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "short", "other"),
    [
        (
            "Госкорпорация «Росатом» подписала меморандум о сотрудничестве с Южноафриканской "
            "корпорацией по ядерной энергии (Necsa) в области производства изотопов.",
            "Necsa",
            "Rosatom",
        ),
        (
            "Компания «Интер РАО» и Кенийская компания по производству электроэнергии (KenGen) "
            "подписали соглашение о поставках оборудования для геотермальной станции.",
            "KenGen",
            "Inter RAO",
        ),
    ],
)
def test_spelled_out_company_with_its_latin_short_name(text: str, short: str, other: str) -> None:
    reading = read(text)
    assert short in reading.parties
    (agreement,) = reading.agreements
    assert short in agreement.parties
