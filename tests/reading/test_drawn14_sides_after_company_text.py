""" "The sides" told after a text a company signed, in a story the company does not lead, are
the story's two states, even where no sentence before named the two together (their
ministers signed, a commission of theirs met): «Министры подписали соглашение …; агентство X и
медиагруппа Y подписали меморандум … Стороны договорились подготовить соглашение …», "The
sides agreed …", "Les parties sont convenues …". A story the company leads keeps the company.
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _last_sides(text: str) -> frozenset[str]:
    return frozenset(read(text.encode(), "article.txt").agreements[-1].parties)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "В Ханое прошло заседание Российско-вьетнамской межправительственной комиссии. "
            "Российскую часть комиссии возглавил министр Иван Петров, вьетнамскую — министр "
            "Нгуен Ван Лам. Министры подписали межправительственное соглашение о сотрудничестве "
            "в области образования. Агентство ТАСС и вьетнамская медиагруппа Saigon Media "
            "подписали меморандум об обмене новостями.\n"
            "Стороны договорились подготовить к подписанию соглашение о поощрении инвестиций.",
            {"RUS", "VNM"},
        ),
        (
            "The fifth session of the Kenya-Uganda Joint Permanent Commission was held in "
            "Kampala. The two ministers signed an agreement on education. The Kenya News Agency "
            "and the Ugandan media group Vision Media Holdings signed a memorandum on news "
            "exchange.\nThe sides agreed to prepare an agreement on the protection of investments.",
            {"KEN", "UGA"},
        ),
        (
            "La sixième session de la commission mixte entre le Bénin et le Niger s'est tenue à "
            "Niamey. Les deux ministres ont signé un accord sur l'éducation. L'Agence "
            "béninoise de presse et le groupe nigérien Sahel Médias ont signé un mémorandum sur "
            "l'échange de dépêches.\nLes parties sont convenues de préparer un accord sur la "
            "protection des investissements.",
            {"BEN", "NER"},
        ),
    ],
)
def test_the_sides_are_the_story_states(text, sides):
    assert _last_sides(text) == frozenset(sides)


def test_a_story_the_company_leads_keeps_it():
    text = (
        "Госкорпорация «Росатом» и Министерство энергетики Мьянмы подписали меморандум о "
        "строительстве АЭС малой мощности. «Росатом» построит станцию к 2030 году, сообщил "
        "глава «Росатома». «Росатом» также обучит специалистов.\n"
        "Стороны также договорились подготовить соглашение о ядерной медицине."
    )
    assert _last_sides(text) == frozenset({"Rosatom", "MMR"})


def test_an_older_states_treaty_recalled_binds_no_sides():
    text = (
        "Глава компании «Газпром» и министр энергетики Сербии подписали в Белграде дополнение "
        "к контракту на поставку газа. Церемония была приурочена к годовщине "
        "межправительственного соглашения о сотрудничестве в газовой сфере, подписанного в "
        "Белграде в 2012 году. После встречи стороны также заключили меморандум о подготовке "
        "сербских специалистов."
    )
    assert _last_sides(text) == frozenset({"Gazprom", "SRB"})
