"""A Russian works named in full with its initials in brackets («Минский тракторный завод
(МТЗ)», «Магнитогорский металлургический комбинат (ММК)») is a company, a party of its own
by its initials in Latin script (session 19, drawF19).

Invented sentences: the works was read as nothing, and its agreement went to the state
named beside it.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Гомельский комбайновый завод (ГКЗ) заключил контракт с кенийским министерством "
            "сельского хозяйства на поставку 200 комбайнов.",
            "GKZ",
        ),
        (
            "Контракт подписали Череповецкий металлургический комбинат (ЧМК) и министерство "
            "промышленности Замбии.",
            "CHMK",
        ),
    ],
)
def test_works_with_its_initials_is_a_company(text: str, company: str) -> None:
    reading = read(text)
    assert company in reading.parties
    assert [company in a.parties for a in reading.agreements] == [True]


def test_initials_of_other_words_name_no_works() -> None:
    text = "Гомельский завод (ООО) подписал контракт с министерством сельского хозяйства Кении."
    assert "OOO" not in read(text).parties
