"""Meetings of a series and bodies told to meet. A format of ministers whose meetings the
text numbers ("la troisième réunion ministérielle trilatérale", "the fourth trilateral
ministerial meeting", «третья трёхсторонняя министерская встреча») is a standing body with
those sessions, unless its meetings are another body's ("the second Leaders' Meeting of the
Council"). A session told before any body's name goes to the body it resembles, not the
first one named. "lancé en 2023", "launched in 2023" date the format, not the meeting. A
body "tasked to meet before the end of the year", «поручили … собраться до конца года» has
a session that year. Texts written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_SERIES = {
    "fr": "date 2026-05-06 Communiqué\nLes ministres du Japon, de l'Australie et de l'Inde "
    "se sont réunis à Tokyo le 5 mai 2026 pour la deuxième réunion ministérielle du format "
    "trilatéral lancé en 2024. Ils ont créé un comité trilatéral de hauts fonctionnaires, "
    "qui se réunira tous les six mois. Ils tiendront la troisième réunion ministérielle "
    "trilatérale à Canberra en 2027.",
    "en": "date 2026-05-06 Communique\nThe ministers of Japan, Australia and India met in "
    "Tokyo on 5 May 2026 for the second ministerial meeting of the trilateral format "
    "launched in 2024. They set up a trilateral committee of senior officials, which will "
    "meet every six months. They will hold the third trilateral ministerial meeting in "
    "Canberra in 2027.",
}


@pytest.mark.parametrize("lang", sorted(_SERIES))
def test_numbered_format_is_a_body_with_its_sessions(lang):
    reading = read(_SERIES[lang])
    formats = [b.name for b in reading.bodies if "minist" in b.name.lower()]
    assert formats
    sessions = {(s.body, s.number): s.start for s in reading.sessions}
    assert sessions.get((formats[0], 2)) == "2026-05-05"
    assert sessions.get((formats[0], 3)) == "2027"


def test_leaders_meeting_of_a_council_is_the_councils():
    reading = read(
        "date 2026-05-06 Statement\nThe two leaders co-chaired the second Leaders' Meeting "
        "of the India-Japan Strategic Partnership Council in Tokyo on 5 May 2026. The third Leaders' "
        "Meeting of the Council will be held in India in 2027."
    )
    assert [b.name for b in reading.bodies] == ["India-Japan Strategic Partnership Council"]


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-08-20 Talks\nMANILA - The Philippines and Indonesia held talks on 19 "
        "August 2026. The ministers tasked the joint working group on fisheries to meet "
        "before the end of the year.",
        "date 2026-08-20 Переговоры\nМОСКВА - Россия и Египет провели консультации 19 августа "
        "2026 года. Министры поручили совместной рабочей группе по рыболовству собраться до "
        "конца года.",
    ],
)
def test_body_told_to_meet_this_year(text):
    reading = read(text)
    assert [s.start for s in reading.sessions] == ["2026"]


def test_body_set_up_to_meet_a_need_has_no_session():
    reading = read(
        "date 2026-08-20 Talks\nMANILA - The Philippines and Indonesia set up a joint working "
        "group to meet the demand for seafarers."
    )
    assert reading.sessions == []
