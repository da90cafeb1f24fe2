"""The implementation of a text named with its partners in full, as a formal title names
them («Соглашения между Правительством Российской Федерации и Правительством Республики
Индонезия об упрощении выдачи виз»), is of that identified text, in force (eleventh draw,
drawD21). Invented sentences, ru/en."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    "Стороны обсудили вопросы реализации Соглашения между Правительством Республики Беларусь "
    "и Правительством Социалистической Республики Вьетнам об упрощении выдачи виз, "
    "вступившего в силу в 2018 году.",
    "Обсуждены также вопросы реализации Соглашения между Правительством Республики Казахстан "
    "и Правительством Монголии об упрощении оформления виз, вступившего в силу в 2016 году.",
    "Министры рассмотрели ход реализации Соглашения между Правительством Кыргызской "
    "Республики и Правительством Турецкой Республики о безвизовом режиме, вступившего в силу "
    "в 2017 году.",
    "The ministers reviewed the implementation of the Agreement between the Government of "
    "the Republic of Kenya and the Government of the Republic of Ghana on visa exemption, "
    "which entered into force in 2019.",
    "The two sides discussed the implementation of the Agreement between the Government of "
    "the Kingdom of Morocco and the Government of the Republic of Senegal on the abolition "
    "of visas, which entered into force in 2015.",
]


@pytest.mark.parametrize("text", CASES, ids=range(len(CASES)))
def test_the_text_carried_out_is_read(text):
    reading = read(text.encode(), "article.txt")
    assert [(a.status, a.sectors) for a in reading.agreements] == [("in_force", ["diplomacy"])]
