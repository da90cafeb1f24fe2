"""An alliance named again by its head word (session 19, drawC19).

Invented sentences: a story names the Confederation of Sahel States in full once, then by its
capitalised head word alone as an actor ("dialogue between Russia and the Confederation", «
диалог между Россией и Конфедерацией», "entre la Russie et la Confédération"): the same party,
named twice, so it acts in the story. Guards: named once in full it stays out; the pair's
memorandum keeps its two sides.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_TEXTS = {
    "ru": "Министр иностранных дел Мали находился в России с визитом. Министры Мали и России "
    "подписали меморандум о политических консультациях. Министры приветствовали создание "
    "Конфедерации государств Сахеля{}",
    "en": "Mali's foreign minister was in Russia on a visit. The ministers of Mali and Russia "
    "signed a memorandum on political consultations. The ministers welcomed the creation of "
    "the Confederation of Sahel States{}",
    "fr": "Le ministre malien des Affaires étrangères était en Russie en visite. Les ministres "
    "du Mali et de la Russie ont signé un mémorandum sur les consultations politiques. Les "
    "ministres ont salué la création de la Confédération des États du Sahel{}",
}
_AGAIN = {
    "ru": " и выразили намерение развивать диалог между Россией и Конфедерацией.",
    "en": " and expressed their intent to develop dialogue between Russia and the Confederation.",
    "fr": " et exprimé leur intention de développer le dialogue entre la Russie et la "
    "Confédération.",
}


@pytest.mark.parametrize("lang", ["ru", "en", "fr"])
def test_the_head_word_names_the_alliance_again(lang: str) -> None:
    reading = read(_TEXTS[lang].format(_AGAIN[lang]))
    assert "AES" in reading.parties
    assert [sorted(a.parties) for a in reading.agreements] == [["MLI", "RUS"]]


@pytest.mark.parametrize("lang", ["ru", "en", "fr"])
def test_named_once_in_passing_it_is_no_party(lang: str) -> None:
    reading = read(_TEXTS[lang].format("."))
    assert "AES" not in reading.parties
