"""Seventh draw (drawB19): "binational" names a standing organ of two states, whatever its
head noun: "the Peru-Bolivia Binational Cabinet", "le Cabinet binational", "la commission
binationale" (Russian press has no such organ's name: no Russian case). Invented sentences."""

from __future__ import annotations

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


def test_an_english_binational_cabinet_is_a_body_with_its_numbered_meetings():
    reading = _read(
        "The foreign ministers of Peru and Bolivia met in Lima on Monday and agreed to convene "
        "the Peru-Bolivia Binational Cabinet before the end of the year. The Binational Cabinet "
        "is supposed to meet every year, but its last meeting, the 9th, was held in Arequipa in "
        "October 2023. Officials said the 10th meeting could take place in La Paz in November."
    )
    [body] = reading.bodies
    assert body.name == "Peru-Bolivia Binational Cabinet"
    assert sorted(body.parties) == ["BOL", "PER"]
    assert body.cadence_months == 12
    numbers = {s.number: s.start for s in reading.sessions}
    assert numbers[9] == "2023-10"
    assert 10 in numbers


def test_a_french_cabinet_binational_is_a_body():
    reading = _read(
        "Les ministres des Affaires étrangères du Pérou et de l'Équateur se sont rencontrés "
        "lundi à Lima et ont convenu de réunir le Cabinet binational Pérou-Équateur avant la fin "
        "de l'année. Le Cabinet binational doit se réunir chaque année, mais sa dernière "
        "réunion, la 13e, s'est tenue à Loja en octobre 2023."
    )
    [body] = reading.bodies
    assert body.name.startswith("Cabinet binational")
    assert sorted(body.parties) == ["ECU", "PER"]
    assert body.cadence_months == 12
    assert [(s.number, s.start) for s in reading.sessions] == [(13, "2023-10")]


def test_a_binational_commission_still_is_one():
    reading = _read(
        "Les présidents du Pérou et de l'Équateur ont ouvert lundi à Tumbes la 14e session de "
        "la commission binationale, qui se réunit tous les deux ans."
    )
    [body] = reading.bodies
    assert body.cadence_months == 24
    assert [s.number for s in reading.sessions] == [14]
