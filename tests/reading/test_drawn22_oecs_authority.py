"""The OECS, its Authority, a task force it sets up, and its masthead (drawI27).

Invented sentences: the Organisation of Eastern Caribbean States is an alliance whose
heads of government sit as "the OECS Authority" («l'Autorité de l'OECO»), numbered by its
meetings; "a task force on air transport" is a working group by another name; an outlet's
masthead followed by its section ("Island Wire Service | Regional News") is no article text;
"the Council agreed to set up a working group and to hold its 12th session" is the Council's
session, not the group's it only founds.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

OECS = {"ATG", "DMA", "GRD", "MSR", "KNA", "LCA", "VCT"}


def test_the_oecs_authority_is_a_body_of_its_members_with_numbered_meetings() -> None:
    reading = read(
        "ROSEAU, Dominica — Prime ministers of the region met in Roseau at the 72nd Meeting "
        "of the OECS Authority on Monday and Tuesday. The Authority, which meets twice a "
        "year, will hold its 73rd Meeting in St George's, Grenada, in May 2027."
    )
    bodies = {b.name: b for b in reading.bodies}
    assert "OECS Authority" in bodies
    assert set(bodies["OECS Authority"].parties) == OECS
    numbers = {s.number for s in reading.sessions if s.body == "OECS Authority"}
    assert numbers == {72, 73}


def test_l_autorite_de_l_oeco_is_the_same_body_in_french() -> None:
    reading = read(
        "Les chefs de gouvernement se sont retrouvés à Roseau pour la 72e réunion de "
        "l'Autorité de l'OECO, qui a adopté un plan sur la pêche."
    )
    assert any(set(b.parties) == OECS and "OECO" in b.name for b in reading.bodies)


def test_a_task_force_set_up_by_a_body_is_a_body() -> None:
    reading = read(
        "The 72nd Meeting of the OECS Authority ended in Roseau on Tuesday. The Authority, "
        "which meets twice a year, agreed to set up a task force on regional shipping."
    )
    assert any("task force" in b.name and set(b.parties) == OECS for b in reading.bodies)


def test_a_masthead_with_its_section_is_no_article_text() -> None:
    text = (
        "ROSEAU, Dominica (IWS) — Prime ministers of Dominica and Grenada signed an "
        "agreement on fisheries on Monday after two days of talks in the capital city.\n"
        "Island Wire Service | Regional News\n\n"
        "Prime Minister Andrew Skerrit of Dominica said the agreement would help fishermen "
        "of both islands to work the shared grounds under one set of rules from next year.\n\n"
        "© 2026 Island Wire Service\n"
    )
    reading = read(text)
    assert "Island Wire Service |" not in reading.document.text
    assert "IWS" not in reading.parties


@pytest.mark.parametrize(
    ("text", "founder"),
    [
        (
            "The 11th session of the GCC Ministerial Council ended in Riyadh. The Council "
            "agreed to set up a working group on fisheries and to hold its 12th session in "
            "Doha in May 2027.",
            "Ministerial Council",
        ),
        (
            "La 11e session du Conseil des ministres de la CEMAC s'est achevée à Douala. Le "
            "Conseil a décidé de créer un groupe de travail sur la pêche et de tenir sa 12e "
            "session à Libreville en mai 2027.",
            "Conseil des ministres",
        ),
        (
            "В Минске завершилось 11-е заседание Совета министров обороны СНГ. Совет решил "
            "создать рабочую группу по связи и провести 12-е заседание в Москве в мае 2027 года.",
            "Совет министров обороны",
        ),
    ],
)
def test_the_next_meeting_is_the_founders_not_the_group_it_sets_up(text: str, founder: str) -> None:
    sessions = {s.number: s.body for s in read(text).sessions}
    assert sessions.get(12) == founder
