"""A state's ministry named by its portfolio alone, in a story about that state: a gapped
clause it opens («…, а Министерство сельского хозяйства — меморандум с компанией X») binds
that state and X, not the first clause's partner; a lender named with its acronym in
brackets, then "and the Ministry of …" (SPEC: the ministry is its state) signs with that one
state. «подписали с компаниями и банками соглашения»: a plural, identifying no text. A main
canal's pumping stations are water and agriculture (irrigation). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str):
    return read(text.encode(), "article.txt").agreements


@pytest.mark.parametrize(
    "text",
    [
        "Ташкент, 3 марта. В Ташкенте прошёл форум. Министерство транспорта Узбекистана "
        "получило автобусы. Министерство транспорта заключило с ПАО «КАМАЗ» контракт на "
        "поставку автобусов, а Министерство сельского хозяйства — меморандум с компанией "
        "«ЕвроХим» о строительстве завода удобрений.",
    ],
)
def test_gapped_clause_of_an_unnamed_ministry(text: str) -> None:
    sides = [sorted(a.parties) for a in _agreements(text)]
    assert ["EuroChem", "UZB"] in sides
    assert ["EuroChem", "KAMAZ"] not in sides


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        (
            "Ташкент, 3 марта. Узбекистан и ЛУКОЙЛ подписали соглашение о разработке "
            "месторождения. Евразийский банк развития (ЕАБР) и Министерство экономики и "
            "финансов подписали кредитное соглашение на 150 млн долларов для модернизации "
            "насосных станций магистрального канала.",
            "EDB",
        ),
        (
            "Tashkent, 3 March. Uzbekistan and Lukoil signed an agreement on a gas field. The "
            "Eurasian Development Bank (EDB) and the Ministry of Economy and Finance signed a "
            "loan agreement of $150 million to modernise the pumping stations of the main "
            "canal.",
            "EDB",
        ),
    ],
)
def test_lender_and_acronym_beside_an_unnamed_ministry(text: str, lender: str) -> None:
    loan = [a for a in _agreements(text) if lender in a.parties]
    assert loan
    assert sorted(loan[0].parties) == sorted([lender, "UZB"])
    assert set(loan[0].sectors) >= {"water", "agriculture"}


def test_plural_signed_with_partners_is_no_text() -> None:
    text = (
        "Ташкент, 3 марта. Министерства и ведомства Узбекистана подписали с зарубежными "
        "компаниями и банками соглашения на 9 млрд долларов. Министерство энергетики и "
        "компания «ЛУКОЙЛ» подписали соглашение о разработке газового месторождения."
    )
    assert len(_agreements(text)) == 1
