"""Texts of a series told by rank, trades under standing contracts, interviewers' credits.
Sentences written for these tests (session 26, drawB26).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "DOHA - Kenya buys tea machines from Qatar. Kenya Power and QatarEnergy are negotiating "
        "on amending the 2019 supply contract.\n\nThe talks then turned to football.\n\n"
        "Two memoranda of understanding were signed on Monday evening.\n\n"
        "The first, between the two ministries of labour, covers workers.\n\n"
        "The second memorandum, signed by the Kenyan ministry and Qatar University, provides "
        "for scholarships in engineering.",
    ],
)
def test_a_ranked_text_after_texts_of_another_kind_is_new(text):
    reading = read(text)
    kinds = [a.kind for a in reading.agreements]
    assert "memorandum" in kinds
    assert any("education" in a.sectors for a in reading.agreements if a.kind == "memorandum")


@pytest.mark.parametrize(
    "text",
    [
        "SUVA - Les Fidji et le Japon ont signé jeudi deux accords, l'un sur l'eau potable, l'autre "
        "sur les travailleurs saisonniers. Le premier, un accord de financement de 10 millions "
        "de dollars sous forme de don, doit permettre de remplacer les conduites de la ville.",
        "SUVA - Fiji and Japan signed two agreements on Thursday, one on drinking water, the "
        "other on seasonal workers. The first, a financing agreement of $10 million in the form "
        "of a grant, will replace the town's pipes.",
    ],
)
def test_the_first_of_a_series_told_again_is_one_of_them(text):
    reading = read(text)
    assert len(reading.agreements) == 2
    assert sorted(s for a in reading.agreements for s in a.sectors if s != "general") == [
        "migration",
        "water",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD - Pakistan buys gas from Qatar under long-term contracts, the ministry said "
        "on Monday.",
        "ISLAMABAD - Pakistan buys much of its gas from Qatar under long-term supply contracts, "
        "and seeks to reschedule cargoes.",
        # guards: written so already
        "ISLAMABAD - Le Pakistan achète du gaz au Qatar dans le cadre de contrats à long terme, "
        "a indiqué lundi le ministère.",
        "ИСЛАМАБАД - Пакистан покупает газ у Катара по долгосрочным контрактам, сообщило в "
        "понедельник министерство.",
    ],
)
def test_a_trade_under_standing_contracts_names_no_text(text):
    assert read(text).agreements == []


def test_contracts_of_a_term_signed_are_still_texts():
    text = "ISLAMABAD - Pakistan and Qatar signed long-term contracts for gas on Monday."
    assert [a.kind for a in read(text).agreements] == ["contract"]


@pytest.mark.parametrize(
    "text",
    [
        "Поделиться: Telegram\nБеседовала Анна Петрова, корреспондент «Вестника» в Астане\n\n"
        "— Какие итоги визита?\n\n— Президенты Казахстана и Киргизии подписали соглашение о "
        "транспорте.\n",
        "Поделиться: Telegram\nБеседовал Иван Сидоров, корреспондент «Вестника» в Бишкеке\n\n"
        "— Какие итоги визита?\n\n— Президенты Казахстана и Киргизии подписали соглашение о "
        "транспорте.\n",
    ],
)
def test_the_interviewer_credited_at_a_line_start_is_no_person(text):
    names = [p.name for p in read(text).people]
    assert not any("Петрова" in n or "Сидоров" in n for n in names)


def test_the_first_of_a_count_told_by_its_sides_is_one_text():
    text = (
        "DOHA - Kenya buys tea machines from Qatar. Kenya Power and QatarEnergy are negotiating "
        "on amending the 2019 supply contract.\n\nThe talks then turned to football.\n\n"
        "Two memoranda of understanding were signed on Monday evening.\n\n"
        "The first, between the two ministries of labour, covers workers.\n\n"
        "The second memorandum, signed by the Kenyan ministry and Qatar University, provides "
        "for scholarships in engineering."
    )
    memoranda = [a for a in read(text).agreements if a.kind == "memorandum"]
    assert [a.sectors for a in memoranda] == [["migration"], ["education"]]


def test_the_trades_workers_are_hired_in_are_not_the_texts():
    text = (
        "DOHA - Kenya buys tea machines from Qatar. Kenya Power and QatarEnergy are negotiating "
        "on amending the 2019 supply contract.\n\nThe talks then turned to football.\n\n"
        "Two memoranda of understanding were signed on Monday evening.\n\n"
        "The first, between the two ministries of labour, sets up a system for Kenyan workers "
        "recruited for Qatar's construction, hospitality and healthcare sectors."
    )
    memoranda = [a for a in read(text).agreements if a.kind == "memorandum"]
    assert [a.sectors for a in memoranda] == [["migration"]]


@pytest.mark.parametrize(
    "text",
    [
        "TASHKENT - Fourteen documents were signed on the second day of the Tashkent "
        "International Investment Forum on Wednesday.",
        "NAIROBI - Six documents were signed on the last day of the Kenya Energy Summit.",
    ],
)
def test_the_day_of_an_event_names_no_domain_of_a_count(text):
    reading = read(text)
    assert reading.agreements == []


def test_a_count_of_documents_on_domains_still_names_them():
    text = (
        "TASHKENT - Uzbekistan and Korea signed four documents on trade, energy and health on "
        "the second day of the forum."
    )
    assert sorted(s for a in read(text).agreements for s in a.sectors) == [
        "energy",
        "health",
        "trade",
    ]


def test_a_carrier_named_by_its_homes_adjective_and_air_is_a_company():
    text = "SEOUL - Uzbekistan Airways and Korean Air signed a codeshare memorandum on Monday."
    reading = read(text)
    assert sorted(reading.parties) == ["Korean Air", "Uzbekistan Airways"]
    assert sorted(reading.agreements[0].parties) == ["Korean Air", "Uzbekistan Airways"]
