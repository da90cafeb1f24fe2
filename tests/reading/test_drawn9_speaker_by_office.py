"""A quotation given to "the Secretary-General" (drawB20, ninth draw).

Invented sentences: an alliance's secretary-general is named once after the words of the
office ("along with Secretary-General of the EAC X"), with no role read for them; ministers
are named after. "The Secretary-General said: ..." is theirs, not the last person named.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_OPENING = {
    "of": "along with Secretary-General of the EAC Veronica Nduva.",
    "before": "along with Secretary General of the Community Veronica Nduva.",
}


@pytest.mark.parametrize("opening", sorted(_OPENING))
def test_the_secretary_general_said_is_the_one_so_titled(opening: str) -> None:
    reading = read(
        "The summit of the East African Community in Arusha was attended by the leaders of "
        "Kenya and Uganda, " + _OPENING[opening] + " The documents were signed by Foreign "
        "Minister Musalia Mudavadi and his counterpart Jeje Odongo. At a press conference, "
        'the Secretary-General said: "This summit has given us a clear mandate to finish the '
        'railway by its target date."'
    )
    assert [q.speaker for q in reading.quotes] == ["Veronica Nduva"]


@pytest.mark.parametrize(
    ("intro", "office", "speaker"),
    [
        ("IGAD Executive Secretary", "Executive Secretary", "Workneh Gebeyehu"),
        ("Chairperson of the AU Commission", "chairperson", "Mahmoud Ali Youssouf"),
        ("Director-General of the WTO", "Director-General", "Ngozi Okonjo-Iweala"),
        ("UN envoy", "envoy", "Hanna Tetteh"),
        ("EU Commissioner", "Commissioner", "Jozef Sikela"),
    ],
)
def test_the_head_of_an_organisation_said_is_the_one_so_titled(
    intro: str, office: str, speaker: str
) -> None:
    reading = read(
        "The forum in Addis Ababa was attended by the leaders of Kenya and Ethiopia, along "
        f"with {intro} {speaker}. The agreements were signed by Foreign Minister Musalia Mudavadi and "
        f"his counterpart Gedion Timothewos. Speaking to reporters, the {office} said: "
        '"This forum has given us a clear mandate to finish the corridor on time."'
    )
    assert [q.speaker for q in reading.quotes] == [speaker]


def test_a_minister_said_stays_the_minister() -> None:
    reading = read(
        "Kenya and Uganda signed a railway agreement in Arusha, along with Secretary-General "
        "of the EAC Veronica Nduva. Foreign Minister Musalia Mudavadi signed for Kenya. Later "
        'the minister said: "This railway will change trade between our two countries."'
    )
    assert [q.speaker for q in reading.quotes] == ["Musalia Mudavadi"]
