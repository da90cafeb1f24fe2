"""A body's cadence told through a possessive (SPEC: cadence_months): "its meetings will be
held annually", «его заседания будут проводиться ежегодно», "ses sessions se tiendront chaque
année", in the sentence after the one naming the body, is the body's, as "it meets" was.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "ТАШКЕНТ - Лидеры провели первое заседание Высшего межгосударственного совета "
        "Казахстана и Киргизии. Согласно подписанному положению о совете, его заседания будут "
        "проводиться ежегодно поочерёдно в Астане и Бишкеке.",
        "DAKAR - Les chefs d'État ont tenu la première réunion du Conseil présidentiel du "
        "Sénégal et de la Gambie. Selon son règlement, ses sessions se tiendront chaque année "
        "à Dakar et à Banjul.",
        "ASTANA - The leaders held the first meeting of the Supreme Interstate Council of "
        "Kazakhstan and Kyrgyzstan. Under the rules signed, its meetings will be held annually "
        "in turn in Astana and Bishkek.",
    ],
)
def test_possessive_meetings_give_the_cadence(text):
    assert [b.cadence_months for b in read(text).bodies] == [12]


def test_a_possessive_without_a_body_told_before_sets_nothing():
    reading = read(
        "ASTANA - Kazakhstan and Kyrgyzstan signed a trade agreement on Monday. The ministers "
        "praised the chamber of commerce; its meetings will be held annually."
    )
    assert reading.bodies == []
