"""An alliance's council and what its communiqué tells.

- The one talks are held "with" meets, and so acts (SPEC: parties meet), by its own name or
  its commission's: "l'état des discussions avec la Commission de la CEDEAO", "negotiations
  with the ECOWAS Commission", «переговоры с Комиссией ЭКОВАС».
- A text told with where and when it was signed, then another object of the sentence's
  verb ("du Traité …, signé à Niamey le 6 juillet 2024, et de l'entrée en vigueur du
  prélèvement … sur les importations"): the words after that are not the text's domain.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil des ministres de l'AES s'est réuni à Bamako. Le Conseil a examiné l'état "
        "des discussions avec la Commission de la CEDEAO sur la libre circulation.",
        "The AES Council of Ministers met in Bamako. The Council reviewed the state of the "
        "negotiations with the ECOWAS Commission on free movement.",
        "Совет министров АГС собрался в Бамако. Совет рассмотрел ход переговоров с Комиссией "
        "ЭКОВАС о свободном передвижении.",
    ],
)
def test_those_talks_are_held_with_act(text: str):
    assert "ECOWAS" in read(text).parties


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres se sont félicités de la mise en œuvre du Traité portant création de "
        "l'Union du Sahel, signé à Bamako le 6 juillet 2024, et de l'entrée en vigueur du "
        "prélèvement sur les importations en provenance des pays tiers.",
        "The ministers welcomed the implementation of the Treaty establishing the Sahel "
        "Union, signed in Bamako on 6 July 2024, and the levy on imports from third "
        "countries.",
        "Министры приветствовали реализацию Договора о создании Союза Сахеля, подписанного в "
        "Бамако 6 июля 2024 года, и вступление в силу сбора на импорт из третьих стран.",
    ],
)
def test_another_object_after_the_signing_is_not_the_texts(text: str):
    agreements = read(text).agreements
    assert len(agreements) == 1
    assert agreements[0].sectors == ["general"]
