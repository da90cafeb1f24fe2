"""An alliance's council and what its communiqué tells.

- The one talks are held "with" meets, and so acts (SPEC: parties meet), by its own name or
  its commission's: "l'état des discussions avec la Commission de la CEDEAO", "negotiations
  with the ECOWAS Commission", «переговоры с Комиссией ЭКОВАС».
- A text told with where and when it was signed, then another object of the sentence's
  verb ("du Traité …, signé à Niamey le 6 juillet 2024, et de l'entrée en vigueur du
  prélèvement … sur les importations"): the words after that are not the text's domain.
- A count of texts to be signed ("Ces deux derniers textes seront soumis à la signature des
  chefs d'État", "These two texts will be submitted for signature") is no `agreements_total`
  (SPEC: the number of agreements signed at the event).

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
    ],
)
def test_another_object_after_the_signing_is_not_the_texts(text: str):
    agreements = read(text).agreements
    assert len(agreements) == 1
    assert agreements[0].sectors == ["general"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil a adopté le protocole sur la libre circulation et le règlement intérieur "
        "du Conseil. Ces deux textes seront soumis à la signature des chefs d'État lors du "
        "prochain sommet.",
        "The Council adopted the protocol on free movement and the rules of procedure of the "
        "Council. These two texts will be submitted for signature to the heads of state at the "
        "next summit.",
        "Совет одобрил протокол о свободном передвижении и регламент Совета. Эти два документа "
        "будут подписаны главами государств на следующем саммите.",
    ],
)
def test_a_count_of_texts_to_be_signed_is_no_total(text: str):
    assert read(text).agreements_total is None
