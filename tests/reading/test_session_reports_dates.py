"""Dates of session reports and of the texts they recall: a month with no year ("signed in
March", «подписанного в марте»), weekdays against the page's own day ("closed on
Wednesday", "du lundi au mercredi"), a wire's dateline for a session said to close with no
date of its own («ХАНОЙ, 23 сентября. /ТАСС/. … завершило работу»), and texts a commission
"agreed to draft" (planned, as «ont convenu d'élaborer»). Sentences invented for these
tests."""

from __future__ import annotations

import pytest

from suivi.reading.dates import find_dates
from suivi.reading.pipeline import read


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d.value, d.until) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("the memorandum signed in March", "2026-06-12", [("2026-03", None)]),
        ("l'accord signé en mars à Dakar", "2026-06-12", [("2026-03", None)]),
        ("соглашения, подписанного в марте в Москве", "2026-06-12", [("2026-03", None)]),
        # the occurrence nearest the page: last year's November read in February
        ("signed in November", "2026-02-03", [("2025-11", None)]),
        ("la session se tiendra en octobre", "2026-06-12", [("2026-10", None)]),
        # a year or a day after the month is still read with them
        ("signé en mars 2025", "2026-06-12", [("2025-03", None)]),
        ("in March 12, 2025", "2026-06-12", [("2025-03-12", None)]),
    ],
)
def test_a_month_without_a_year_is_the_one_nearest_the_page(text, published, expected):
    assert _values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ran from Monday to Wednesday.", [("2026-06-08", "2026-06-10")]),
        ("La session s'est tenue du lundi au mercredi.", [("2026-06-08", "2026-06-10")]),
        ("Заседание прошло с понедельника по среду.", [("2026-06-08", "2026-06-10")]),
        ("It closed on Wednesday, June 10.", [("2026-06-10", None)]),
    ],
)
def test_weekdays_are_read_against_the_page_s_day(text, expected):
    assert _values(text, "2026-06-12") == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The session closed yesterday in Accra.", "2026-06-11"),
        ("La session s'est achevée hier à Yaoundé.", "2026-06-11"),
        ("Заседание завершилось вчера в Москве.", "2026-06-11"),
        ("Les travaux s'étaient ouverts avant-hier.", "2026-06-10"),
        ("Сегодня завершилось заседание.", "2026-06-12"),
    ],
)
def test_yesterday_and_today_are_days_before_the_page_s(text, day):
    assert _values(text, "2026-06-12") == [(day, None)]
    assert _values(text, "2026-06") == []


def test_a_weekday_alone_needs_the_page_s_day():
    # read against a month alone, "on Wednesday" would be a guess
    assert _values("The session closed on Wednesday.", "2026-06") == []
    assert _values("It closed on Wednesday, June 10.", "2026-06") == [("2026-06-10", None)]


def _sessions(text: str) -> list[tuple[int | None, str | None, str | None]]:
    return [(s.number, s.start, s.end) for s in read(text).sessions]


@pytest.mark.parametrize(
    "body",
    [
        "The fourth session of the Kenya-Ghana Joint Commission for Cooperation, which opened "
        "on Monday, closed in Accra on Wednesday.",
        "La 4e session de la Commission mixte de coopération entre le Kenya et le Ghana, "
        "ouverte lundi, s'est achevée mercredi à Accra.",
        "Четвертое заседание Кенийско-ганской межправительственной комиссии, открывшееся в "
        "понедельник, завершилось в среду в Аккре.",
        "The fourth session of the Kenya-Ghana Joint Commission for Cooperation ran from Monday "
        "to Wednesday in Accra.",
        "Kenya and Ghana on Wednesday concluded the fourth session of the Kenya-Ghana Joint "
        "Commission for Cooperation in Accra, which opened on Monday.",
        "Les travaux de la 4e session de la Commission mixte de coopération entre le Kenya et le "
        "Ghana ont débuté lundi à Accra. Ils ont pris fin mercredi.",
    ],
)
def test_a_session_opened_and_closed_on_weekdays(body):
    assert _sessions(f"date 2026-06-12 Session\n{body}") == [(4, "2026-06-08", "2026-06-10")]


@pytest.mark.parametrize(
    ("dateline", "body"),
    [
        (
            "МОСКВА, 12 июня. /ТАСС/.",
            "Пятое заседание Российско-египетской межправительственной комиссии по "
            "торгово-экономическому сотрудничеству завершило работу в Москве.",
        ),
        (
            "ACCRA, June 12 (GNA) -",
            "The 5th session of the Kenya-Ghana Joint Commission for Cooperation wrapped up in "
            "Accra.",
        ),
        (
            "DAKAR, 12 juin (APS) -",
            "La 5e session de la Commission mixte de coopération sénégalo-marocaine s'est "
            "achevée à Dakar.",
        ),
    ],
)
def test_a_session_said_to_close_closes_on_its_dateline_s_day(dateline, body):
    text = f"date 2026-06-15 Session\n{dateline} {body}"
    assert _sessions(text) == [(5, "2026-06-12", "2026-06-12")]


def test_the_dateline_s_day_and_an_opening_weekday_after_it():
    text = (
        "date 2026-09-23 Session\nХАНОЙ, 23 сентября. /ТАСС/. 26-е заседание Российско-"
        "вьетнамской межправительственной комиссии по торгово-экономическому сотрудничеству "
        "завершило работу в Ханое. Делегации возглавили вице-премьеры.\n\nЗаседание открылось "
        "в понедельник."
    )
    assert _sessions(text) == [(26, "2026-09-21", "2026-09-23")]


def test_a_session_closing_with_no_dateline_takes_no_day():
    text = (
        "date 2026-06-15 Session\nThe fifth session of the Kenya-Ghana Joint Commission for "
        "Cooperation ended in Accra."
    )
    assert _sessions(text) == [(5, None, None)]


def _agreements(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(a.status, a.date, a.sectors) for a in read(text).agreements]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides agreed to draft an agreement on fisheries.",
        "Kenya and Ghana agreed to prepare an agreement on fisheries, to be signed at the next "
        "session.",
        "Les deux parties ont convenu d'élaborer un accord sur la pêche.",
        "Стороны договорились подготовить соглашение о рыболовстве.",
    ],
)
def test_a_text_agreed_to_be_drafted_is_planned(sentence):
    text = f"date 2026-04-17 Session\nKenya and Ghana met in Accra. {sentence}"
    assert _agreements(text) == [("planned", None, ["agriculture"])]


def test_a_text_still_to_be_drafted_is_no_agreement():
    text = (
        "date 2026-04-17 Session\nKenya and Ghana signed an agreement on trade. A roadmap on "
        "its implementation is yet to be drafted."
    )
    assert [a[2] for a in _agreements(text)] == [["trade"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers reviewed the implementation of the memorandum of understanding on "
        "defence cooperation signed in March.",
        "Les ministres ont passé en revue la mise en œuvre du mémorandum d'entente sur la "
        "défense signé en mars.",
        "Министры обсудили ход выполнения меморандума о сотрудничестве в области обороны, "
        "подписанного в марте.",
    ],
)
def test_a_text_carried_out_since_an_earlier_month_is_an_agreement_of_its_own(sentence):
    text = (
        "date 2026-06-12 Session\nZambia and Zimbabwe signed an agreement on trade on "
        f"June 10, 2026. {sentence}"
    )
    assert ("signed", "2026-03", ["defence"]) in _agreements(text)


def test_a_month_recalled_before_a_list_does_not_date_the_list():
    text = (
        "date 2026-05-21 Communiqué\nLa 11e session de la Commission mixte entre le Cameroun et "
        "le Tchad s'est tenue à N'Djamena du 18 au 20 mai 2026.\n\nLes deux parties se sont "
        "félicitées du protocole d'accord sur la facilitation douanière, signé en mars.\n\nLes "
        "deux parties ont signé les textes suivants :\n\n- un accord de coopération dans le "
        "domaine de l'élevage ;\n- un mémorandum d'entente dans le domaine de l'enseignement "
        "supérieur."
    )
    dates = {a.sectors[0]: a.date for a in read(text).agreements}
    assert dates == {"trade": "2026-03", "agriculture": "2026-05-20", "education": "2026-05-20"}
