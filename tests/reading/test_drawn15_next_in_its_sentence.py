""" "The next one" stands for a meeting where a meeting is named before it: the reader looked
for that meeting in the 300 letters before the sentence only, so "Its 10th meeting was held
in Lima in 2023, and the next one is due in Quito in 2027" lost its next meeting when the
sentences before it spoke of other things. The sentence's own words before "the next" count.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_FILLER = {
    "en": "The two ministers also praised the growth of trade in bananas, shrimp and cocoa, "
    "which rose by a fifth last year according to the customs of both countries, and they "
    "welcomed the opening of a direct flight between the two capitals, the first in twenty "
    "years, as well as the return of students who had left during the pandemic. ",
    "fr": "Les deux ministres ont aussi salué la croissance du commerce de bananes, de crevettes "
    "et de cacao, qui a progressé d'un cinquième l'an dernier selon les douanes des deux pays, "
    "ainsi que l'ouverture d'un vol direct entre les deux capitales, le premier depuis vingt "
    "ans, et le retour des étudiants partis pendant la pandémie. ",
    "ru": "Министры также приветствовали рост торговли бананами, креветками и какао, который "
    "в прошлом году составил пятую часть по данным таможенных служб обеих стран, а также "
    "открытие прямого авиарейса между столицами, первого за двадцать лет, и возвращение "
    "студентов, уехавших во время пандемии. ",
}


@pytest.mark.parametrize(
    ("lang", "opening", "closing"),
    [
        (
            "en",
            "Peru and Ecuador held the 11th meeting of the Peru-Ecuador Joint Commission in Lima "
            "on March 3-4. ",
            "Its 10th meeting was held in Quito in 2023, and the next one is due in Lima in 2027.",
        ),
        (
            "fr",
            "Le Pérou et l'Équateur ont tenu la 11e session de la Commission mixte "
            "péruano-équatorienne à Lima les 3 et 4 mars. ",
            "Sa 10e session s'était tenue à Quito en 2023, et la prochaine aura lieu à Lima en "
            "2027.",
        ),
        (
            "ru",
            "Перу и Эквадор провели 11-е заседание Перуано-эквадорской межправительственной "
            "комиссии в Лиме 3-4 марта. ",
            "Десятое заседание комиссии прошло в Кито в 2023 году, а следующее состоится в Лиме "
            "в 2027 году.",
        ),
    ],
)
def test_the_next_one_after_a_meeting_of_its_sentence(lang, opening, closing) -> None:
    text = opening + _FILLER[lang] + closing
    sessions = read(text.encode(), "article.txt").sessions
    assert "2027" in [s.start for s in sessions if s.number is None]
