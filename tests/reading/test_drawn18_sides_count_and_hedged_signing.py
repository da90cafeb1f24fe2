"""Shapes of the eighteenth draw (drawB25): a count of the sides before their signing verb ("the
two sides signed memoranda") is no count of texts, and a text still under negotiation that
"could be signed" later is announced (planned), not only talked of. Sentences written for these
tests.
"""

from __future__ import annotations

from suivi.reading.pipeline import read
from suivi.reading.totals import total


def test_two_sides_signed_is_no_count_en():
    assert (
        total("At the forum, the two sides signed memoranda on trade, on health and on tourism.")
        is None
    )


def test_two_sides_signed_is_no_count_fr():
    assert total("Les deux pays signent accords et conventions dans plusieurs domaines.") is None


def test_two_sides_signed_is_no_count_ru():
    assert (
        total("В ходе визита две стороны подписали меморандумы о сотрудничестве в торговле.")
        is None
    )


def test_a_count_of_texts_still_counts():
    assert total("The two sides signed three agreements.") == 3
    assert total("Les deux parties ont signé sept accords de coopération.") == 7


def _planned(reading):
    return [(a.sectors, a.status) for a in reading.agreements if a.status == "planned"]


def test_being_negotiated_and_could_be_signed_en():
    reading = read(
        "Kenya and Ghana signed a memorandum of understanding on health in Nairobi on Monday. "
        "Officials said a separate air services agreement is still being negotiated and could "
        "be signed next year."
    )
    assert _planned(reading) == [(["transport"], "planned")]


def test_being_negotiated_and_could_be_signed_fr():
    reading = read(
        "Le Kenya et le Ghana ont signé lundi à Nairobi un mémorandum d'entente sur la santé. "
        "Selon des responsables, un accord distinct sur les services aériens est toujours en "
        "cours de négociation et pourrait être signé l'an prochain."
    )
    assert _planned(reading) == [(["transport"], "planned")]


def test_being_negotiated_alone_is_only_talk():
    reading = read(
        "Kenya and Ghana signed a memorandum of understanding on health in Nairobi on Monday. "
        "A separate air services agreement is still being negotiated."
    )
    assert _planned(reading) == []
