"""Sides told without a state's name. A signing sentence that names no state but names two
people of two states ("En présence des présidents X et Y, les deux ministres ont signé …") is
between those two states, not between the states the story opened on. A text "similar" to
one read before, with a side of its own named ("a similar agreement with Rosatom"), is like
the text of that side, not like one of other sides told in between. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

WITNESSED = [
    (
        "Le président ivoirien Alassane Ouattara a remis la présidence de l'organisation au chef "
        "de l'État ghanéen, John Mahama.\n\n"
        "Lomé et Cotonou ont ouvert la journée. En présence des présidents Faure Gnassingbé et "
        "Patrice Talon, les deux ministres des Transports ont signé un protocole d'accord sur "
        "l'entretien de la route côtière."
    ),
    (
        "Ivorian President Alassane Ouattara handed the chairmanship of the bloc to Ghanaian "
        "President John Mahama.\n\n"
        "Lome and Cotonou opened the day. In the presence of Presidents Faure Gnassingbe and "
        "Patrice Talon, the two transport ministers signed a memorandum of understanding on the "
        "upkeep of the coastal road."
    ),
    (
        "Президент Кот-д'Ивуара Алассан Уаттара передал председательство президенту Ганы Джону "
        "Махаме.\n\n"
        "Ломе и Котону открыли день. В присутствии президентов Фора Гнассингбе и Патриса Талона "
        "министры транспорта подписали меморандум о содержании прибрежной дороги."
    ),
]


@pytest.mark.parametrize("text", WITNESSED)
def test_the_two_people_named_say_the_sides(text):
    (agreement,) = read(text).agreements
    assert sorted(agreement.parties) == ["BEN", "TGO"], agreement.parties


def test_a_state_named_in_the_sentence_still_decides():
    text = (
        "Le président ivoirien Alassane Ouattara a reçu le chef de l'État ghanéen, John "
        "Mahama.\n\n"
        "En présence du président Faure Gnassingbé, le Ghana et la Côte d'Ivoire ont signé un "
        "protocole d'accord sur l'entretien de la route côtière."
    )
    (agreement,) = read(text).agreements
    assert sorted(agreement.parties) == ["CIV", "GHA"], agreement.parties


SIMILAR = [
    (
        "date 2026-06-05 Forum - site.ru\n"
        "Госкорпорация «Росатом» и правительство Ганы подписали на форуме соглашение о "
        "строительстве атомной станции малой мощности.\n\n"
        "Кроме того, Афрэксимбанк и национальная электроэнергетическая компания Ганы подписали "
        "соглашение о кредитной линии для строительства солнечных электростанций.\n\n"
        "Ранее, в мае 2025 года, аналогичное соглашение с «Росатомом» подписало правительство "
        "Нигера."
    ),
    (
        "date 2026-06-05 Forum - site.com\n"
        "Rosatom and the government of Ghana signed at the forum an agreement on the "
        "construction of a small nuclear power plant.\n\n"
        "In addition, Afreximbank and Ghana's national power company signed a credit line "
        "agreement for building solar power plants.\n\n"
        "Earlier, in May 2025, the government of Niger signed a similar agreement with Rosatom."
    ),
    (
        "date 2026-06-05 Forum - site.fr\n"
        "Rosatom et le gouvernement du Ghana ont signé au forum un accord sur la construction "
        "d'une petite centrale nucléaire.\n\n"
        "Par ailleurs, Afreximbank et la compagnie nationale d'électricité du Ghana ont signé un "
        "accord de ligne de crédit pour la construction de centrales solaires.\n\n"
        "Auparavant, en mai 2025, le gouvernement du Niger avait signé un accord similaire avec "
        "Rosatom."
    ),
]


@pytest.mark.parametrize("text", SIMILAR)
def test_a_similar_text_is_like_the_one_of_its_named_side(text):
    reading = read(text)
    niger = [a for a in reading.agreements if "NER" in a.parties]
    assert len(niger) == 1, [(a.parties, a.sectors) for a in reading.agreements]
    assert "Rosatom" in niger[0].parties
    assert "nuclear" in niger[0].sectors, niger[0].sectors
