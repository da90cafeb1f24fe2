"""Companies and the states they belong to, in a Russian business story (session 20, drawC20).

Invented sentences: a state enterprise named by its Latin name after «предприятием» («с
кенийским государственным предприятием Lakeside Motor Works») is a company and a side, and the
state's adjective before it only says whose it is; a capitalised adjective that opens a
company's Russian name before its own name in brackets («Кенийской корпорацией торговых
предприятий (Kenya Trading Corporation)») is that name's, no side; a clause «, а X и Y
подписали меморандум» whose subject is a long pair of organisations has its own sides, not
the companies of the clause before it. Guards: a state named as a signer stays a side.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

_STORY = "В Найроби прошёл российско-кенийский деловой форум. "


def _agreements(sentence: str) -> list:
    return read(_STORY + sentence).agreements


def test_state_enterprise_by_its_latin_name() -> None:
    found = _agreements(
        "Компания «Ростех» заключила контракт с кенийским государственным предприятием "
        "Lakeside Motor Works на поставку станков."
    )
    assert [sorted(a.parties) for a in found] == [["Lakeside Motor Works", "Rostec"]]


def test_capitalised_adjective_opens_the_company_name() -> None:
    found = _agreements(
        "Главным итогом стал контракт между компанией «Севергаз» и Кенийской корпорацией "
        "нефтяных поставок (Kenya Petroleum Supply Corporation) на поставку сжиженного газа."
    )
    assert [sorted(a.parties) for a in found] == [
        ["Kenya Petroleum Supply Corporation", "Severgaz"]
    ]


def test_long_subject_of_the_second_clause() -> None:
    found = _agreements(
        "Кроме того, «Ростех» заключил контракт с компанией Lakeside Motor Works на поставку "
        "станков, а Российский экспортный центр и Кенийское агентство по инвестициям подписали "
        "меморандум о содействии экспорту."
    )
    memoranda = [a for a in found if a.kind == "memorandum"]
    assert [sorted(a.parties) for a in memoranda] == [["KEN", "RUS"]]


def test_guard_state_signing_with_a_company() -> None:
    found = _agreements(
        "Правительство Кении и компания «Ростех» подписали соглашение о строительстве завода."
    )
    assert [sorted(a.parties) for a in found] == [["KEN", "Rostec"]]
