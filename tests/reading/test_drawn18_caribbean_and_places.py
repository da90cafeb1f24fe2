"""Shapes of the eighteenth draw (drawB25): the Eastern Caribbean's "St" states as their own
press writes them, CARICOM's fifteen members (Montserrat among them), a ferry as transport, a
town closing a stretch "between" a known place and it (no person), and a Spanish name's
father's family name written alone ("Secretary Castañeda said"). Sentences written for these
tests.
"""

from __future__ import annotations

from suivi.reading.pipeline import read


def test_st_states_are_states():
    reading = read(
        "KINGSTON, Jamaica - Jamaica and St Lucia signed a memorandum of understanding on "
        "tourism on Monday. The next round of talks is due in St Lucia."
    )
    assert set(reading.parties) == {"JAM", "LCA"}
    assert [sorted(a.parties) for a in reading.agreements] == [["JAM", "LCA"]]
    assert all("St Lucia" not in p.name for p in reading.people)


def test_st_kitts_and_st_vincent():
    reading = read(
        "BASSETERRE - St Kitts and Nevis and St Vincent and the Grenadines signed an agreement "
        "on fisheries on Friday, Prime Minister Terrance Drew said."
    )
    assert {"KNA", "VCT"} <= set(reading.parties)
    assert [p.name for p in reading.people] == ["Terrance Drew"]


def test_caricom_body_has_fifteen_members():
    reading = read(
        "The Conference of Heads of Government of the Caribbean Community (CARICOM), which "
        "meets twice a year, opened its regular meeting in Georgetown on Sunday."
    )
    bodies = [b for b in reading.bodies if "Conference" in b.name]
    assert bodies and len(bodies[0].parties) == 15
    assert "MSR" in bodies[0].parties


def test_ferry_is_transport_en():
    reading = read(
        "Jamaica and the Bahamas signed a memorandum of understanding on a scheduled ferry "
        "service between the two countries on Monday in Nassau."
    )
    assert [a.sectors for a in reading.agreements] == [["transport"]]


def test_ferry_is_transport_fr():
    reading = read(
        "Le Sénégal et la Gambie ont signé lundi à Dakar un protocole d'accord sur les ferries "
        "qui traversent le fleuve Gambie."
    )
    assert [a.sectors for a in reading.agreements] == [["transport"]]


def test_ferry_is_transport_ru():
    reading = read(
        "Россия и Турция подписали в понедельник в Анкаре меморандум о взаимопонимании "
        "о паромном сообщении между двумя странами."
    )
    assert [a.sectors for a in reading.agreements] == [["transport"]]


def test_town_between_places_is_no_person_fr():
    reading = read(
        "(Agence) - La Banque mondiale et le gouvernement kényan ont signé mardi à Nairobi un "
        "accord de prêt de 90 millions de dollars pour la route entre Nairobi et Garissa Kora, "
        "a annoncé le ministre des Finances, John Mbadi."
    )
    assert [p.name for p in reading.people] == ["John Mbadi"]


def test_town_between_places_is_no_person_en():
    reading = read(
        "The World Bank and the Government of Kenya signed a loan agreement on Tuesday in "
        "Nairobi for the road between Nairobi and Garissa Kora, Finance Minister John Mbadi said."
    )
    assert [p.name for p in reading.people] == ["John Mbadi"]
    assert [a.signatories for a in reading.agreements] == [["John Mbadi"]]


def test_two_people_between_are_still_people():
    reading = read(
        "The talks between Minister Lena Hartmann and Minister Paolo Ferrante ended in Rome "
        "with the signing of a memorandum on energy between Germany and Italy."
    )
    assert {p.name for p in reading.people} == {"Lena Hartmann", "Paolo Ferrante"}


_EN = (
    "The talks were co-chaired by Minister Lena Hartmann of Germany and Minister Jorge "
    "Castañeda Gutman of Mexico.\n\n"
    'Minister Hartmann stated: "We have opened a new chapter with our Latin American partners '
    'today."\n\n'
    'Minister Castañeda said: "Trade between our countries has tripled in five years, and we '
    'want more."'
)


def test_father_family_name_alone_speaks_en():
    reading = read(_EN)
    assert [(q.speaker, q.text[:5]) for q in reading.quotes] == [
        ("Lena Hartmann", "We ha"),
        ("Jorge Castañeda Gutman", "Trade"),
    ]
    assert {p.name for p in reading.people} == {"Lena Hartmann", "Jorge Castañeda Gutman"}


def test_father_family_name_alone_speaks_fr():
    reading = read(
        "La commission mixte était coprésidée par la ministre Lena Hartmann et par le "
        "secrétaire Jorge Castañeda Gutman.\n\n"
        "« Nous ouvrons un nouveau chapitre avec nos partenaires », a déclaré Mme Hartmann.\n\n"
        "« Nos échanges ont triplé en cinq ans et nous voulons davantage », a déclaré "
        "M. Castañeda."
    )
    assert [q.speaker for q in reading.quotes] == ["Lena Hartmann", "Jorge Castañeda Gutman"]


def test_a_middle_given_name_alone_is_not_the_person():
    reading = read(
        "President Bola Ahmed Tinubu met Minister Lena Hartmann in Abuja.\n\n"
        '"We want more trade," Ahmed said.'
    )
    assert all(q.speaker != "Bola Ahmed Tinubu" for q in reading.quotes)
