"""A person named once, only as who makes a visit still to come or long past, takes no part
in the reported events (SPEC: people who act or speak); the visitor of the reported visit,
and a person the story names again, do."""

from __future__ import annotations

from suivi.reading.pipeline import read


def _people(text: str) -> set[str]:
    return {p.name for p in read(text).people}


def test_visitor_of_a_visit_to_come_in_english_is_no_person():
    people = _people(
        "Kenya's Foreign Affairs Cabinet Secretary Musalia Mudavadi signed two memorandums "
        "in Lusaka on Tuesday. A tax treaty will be signed when President Hakainde Hichilema "
        "visits Nairobi next year, Mudavadi said."
    )
    assert "Musalia Mudavadi" in people
    assert "Hakainde Hichilema" not in people


def test_visitor_of_a_visit_to_come_in_french_is_no_person():
    people = _people(
        "Le ministre béninois des Affaires étrangères, Olushegun Adjadi Bakari, a signé deux "
        "accords à Abuja. Un accord sur la pêche doit être signé lors de la visite du "
        "président Patrice Talon au Nigeria, prévue en mars."
    )
    assert "Olushegun Adjadi Bakari" in people
    assert "Patrice Talon" not in people


def test_visitor_of_a_visit_to_come_in_russian_is_no_person():
    people = _people(
        "Министр иностранных дел России Сергей Лавров провел переговоры в Дакаре. Соглашение "
        "о рыболовстве планируется подписать в ходе визита президента Сенегала Бассиру "
        "Диомая Фая в Москву."
    )
    assert "Сергей Лавров" in people
    assert not any(name.startswith("Бассиру") for name in people)


def test_visitor_of_a_visit_long_past_is_no_person():
    people = _people(
        "Peru's Foreign Minister Elmer Schialer signed the agreements in Seoul. They build on "
        "a memorandum signed during the first visit to Lima by a Korean president, Moon "
        "Jae-in, which produced no project at the time."
    )
    assert "Elmer Schialer" in people
    assert "Moon Jae-in" not in people


def test_visitor_of_the_reported_visit_is_a_person():
    people = _people(
        "During the visit of President Patrice Talon to Abuja on Monday, Benin and Nigeria "
        "signed three agreements on customs and energy."
    )
    assert "Patrice Talon" in people


def test_visitor_named_again_is_a_person():
    people = _people(
        "A tax treaty will be signed when President Hakainde Hichilema visits Nairobi next "
        "year. Hichilema told reporters in Lusaka that the treaty was ready."
    )
    assert "Hakainde Hichilema" in people


def test_visitor_of_a_visit_the_story_builds_on_is_a_person():
    people = _people(
        "The ministers reviewed what had been achieved since President Ismaïl Omar Guelleh's "
        "two visits to Addis Ababa, in 2016 and 2019, and signed a protocol on water."
    )
    assert "Ismaïl Omar Guelleh" in people
