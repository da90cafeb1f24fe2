"""Shapes of the nineteenth draw (drawA26): French names of states a first name shares, read
as the state after the article only a country takes ("la Dominique", "au Salvador"); the
Conference of heads of government alone (no heads of state) as an alliance's organ; a
transitional presidential council as one state's own. Sentences written for these tests.
"""

from __future__ import annotations

from suivi.reading.gazetteer import find_mentions
from suivi.reading.pipeline import read


def _codes(text: str, lang: str = "fr") -> list[str]:
    return [m.code for m in find_mentions(text, lang)]


def test_dominica_after_its_article_fr():
    assert _codes("Le Belize et la Dominique ont signé un accord de pêche.") == ["BLZ", "DMA"]
    assert _codes("Les ministres de la Dominique et de la Grenade se sont réunis.") == [
        "DMA",
        "GRD",
    ]


def test_a_first_name_is_no_state_fr():
    assert _codes("Dominique Martin a reçu le ministre ghanéen.") == ["GHA"]
    assert _codes("Selon Dominique, la réunion a été reportée.") == []
    assert _codes("Salvador Gomes a pris la parole.") == []


def test_el_salvador_after_its_article_fr():
    assert _codes("Le Guatemala et le Salvador ont signé un mémorandum.") == ["GTM", "SLV"]
    assert _codes("La délégation s'est rendue au Salvador.") == ["SLV"]


def test_an_agreement_of_the_dominica_names_it_fr():
    reading = read("La Jamaïque et la Dominique ont signé lundi à Kingston un accord sur la pêche.")
    assert [sorted(a.parties) for a in reading.agreements] == [["DMA", "JAM"]]


def test_conference_of_heads_of_government_fr():
    reading = read(
        "La 31e réunion ordinaire de la Conférence des chefs de gouvernement de la Communauté "
        "caribéenne (CARICOM) s'est tenue du 3 au 5 mars 2025 à Castries. La 32e réunion "
        "ordinaire est prévue en juillet à Georgetown."
    )
    [body] = reading.bodies
    assert body.name.startswith("Conférence des chefs de gouvernement")
    assert len(body.parties) == 15 and "DMA" in body.parties
    assert (reading.sessions[0].number, reading.sessions[0].start) == (31, "2025-03-03")
    assert [s.number for s in reading.sessions] == [31, 32]


def test_transitional_presidential_council_is_no_joint_body_fr():
    reading = read(
        "Le président du Conseil présidentiel de transition, Marc Lafleur, a conduit la "
        "délégation haïtienne au sommet de Kingston, en Jamaïque."
    )
    assert reading.bodies == []


def test_presidential_council_of_two_states_is_still_one_fr():
    reading = read(
        "Le Sénégal et la Gambie ont tenu à Banjul la deuxième session de leur Conseil "
        "présidentiel, qui se réunit une fois par an."
    )
    assert [b.name for b in reading.bodies] and reading.bodies[0].cadence_months == 12
