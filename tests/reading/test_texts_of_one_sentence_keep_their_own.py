"""Texts listed in one sentence keep what is their own: the "between" of one names only its
sides, a state's federal agency («Росстандарт») stands for its state, and a period a text
covers («на 2027–2029 годы») is no date of its signature. An invented commission report."""

from __future__ import annotations

from suivi.reading.pipeline import read

REPORT = """title: Состоялось 5-е заседание Межправительственной российско-эфиопской комиссии
date: 2026-11-18

13–14 ноября в Аддис-Абебе состоялось пятое заседание Межправительственной российско-\
эфиопской комиссии по торгово-экономическому и научно-техническому сотрудничеству.

По итогам заседания подписан протокол. Кроме того, были подписаны соглашение о \
сотрудничестве в области здравоохранения, меморандум о взаимопонимании между Росстандартом \
и Эфиопским институтом стандартов, а также программа обменов в сфере культуры на 2027–2029 \
годы.
"""


def test_each_text_has_the_two_states_and_the_sessions_date():
    agreements = read(REPORT, "report.txt").agreements
    assert [(sorted(a.parties), a.sectors, a.date) for a in agreements] == [
        (["ETH", "RUS"], ["general"], "2026-11-14"),
        (["ETH", "RUS"], ["health"], "2026-11-14"),
        (["ETH", "RUS"], ["trade"], "2026-11-14"),
        (["ETH", "RUS"], ["culture"], "2026-11-14"),
    ]


def test_an_english_list_keeps_each_texts_between():
    text = (
        "date: 2026-11-18\n\nEthiopia and Russia signed an agreement on health, a memorandum between "
        "Rosatom and the Ethiopian Electric Power on training, and a programme of cultural "
        "exchanges for 2027-2029.\n"
    )
    agreements = read(text, "a.txt").agreements
    assert [sorted(a.parties) for a in agreements] == [
        ["ETH", "RUS"],
        ["Ethiopian Electric Power", "Rosatom"],
        ["ETH", "RUS"],
    ]
    assert all(a.date is None or a.date <= "2026-11-18" for a in agreements)


def _sides(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in read(f"date: 2026-11-18\n\n{text}\n", "a.txt").agreements]


def test_one_of_a_count_named_by_its_pronoun_and_its_own_sides():
    text = (
        "The UAE and Indonesia signed 12 memoranda on Monday. Among them was one between "
        "Masdar and PLN on a solar plant."
    )
    assert _sides(text) == [["Masdar", "PLN"]]


def test_an_institution_named_in_lower_case_words_before_its_state_is_that_state():
    text = (
        "Россия и Египет подписали пять документов, в том числе один между «Росатомом» и "
        "Управлением по атомным станциям Египта об обучении персонала."
    )
    assert _sides(text) == [["EGY", "Rosatom"]]


def test_a_place_after_the_second_side_is_no_side():
    text = "Bulgaria signed several texts, including one between Rosatom and Westinghouse in Bulgaria on fuel."
    assert _sides(text) == [["Rosatom", "Westinghouse"]]
