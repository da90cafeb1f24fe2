"""A named treaty renamed in apposition, a Treasurer's title, "PNG", a teaching hospital
(drawI27); "the forum will next be held in Tonga in 2027" is a session to come.

Invented sentences: "the Kumul Treaty, the mutual defence treaty signed in 2025" and "le traité
de Kayes, le traité de défense mutuelle" are one defence text each; "Treasurer Ian Kumalu" is
Ian Kumalu; "PNG" is Papua New Guinea as its region's press writes it; "a teaching hospital"
(«университетская клиника») is a hospital, not a school.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Ministers of Fiji and Tonga reviewed progress under the Kumul Treaty, the mutual "
        "defence treaty signed by the two prime ministers in Suva in October 2025.",
        "Les ministres du Mali et du Niger ont examiné l'application du traité de Kayes, le "
        "traité de défense mutuelle signé à Niamey en octobre 2025.",
    ],
)
def test_a_named_treaty_renamed_in_apposition_is_one_text_of_that_field(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["defence"]


def test_two_named_treaties_in_a_row_stay_two() -> None:
    reading = read(
        "Fiji and Tonga recalled the Kumul Treaty, the Suva Agreement on fisheries and the "
        "trade protocol signed in 2020."
    )
    assert len(reading.agreements) >= 2


def test_a_treasurer_is_a_title_before_a_name() -> None:
    names = {p.name for p in read("Treasurer Ian Kumalu signed the loan with Fiji.").people}
    assert "Ian Kumalu" in names


def test_png_is_papua_new_guinea() -> None:
    reading = read(
        "Australia and PNG signed a policing agreement. On the sidelines, Digicel PNG signed "
        "a contract to build 240 mobile towers."
    )
    assert "PNG" in reading.parties
    assert "Digicel PNG" not in {p.name for p in reading.people}


@pytest.mark.parametrize(
    "phrase",
    [
        "a new teaching hospital in Lae",
        "un nouvel hôpital universitaire à Kayes",
        "новой университетской клиники в Казани",
    ],
)
def test_a_teaching_hospital_is_health(phrase: str) -> None:
    assert sectors_of(phrase) == ["health"]


def test_a_body_that_will_next_be_held_is_a_session_to_come() -> None:
    # English alone puts "next" between the auxiliary and the verb; "se tiendra" and
    # «пройдёт» already tell the French and Russian shapes
    sessions = read(
        "Fiji and Tonga held the 5th Fiji-Tonga Ministerial Forum in Suva on 3 March 2026. "
        "The forum will next be held in Tonga in 2027."
    ).sessions
    assert {(s.number, s.start) for s in sessions} == {(5, "2026-03-03"), (None, "2027")}
