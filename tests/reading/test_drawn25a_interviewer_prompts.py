"""In an interview in labelled turns, the label that asks with a question mark asks in all
its turns: a prompt with none ("Courrier Balkanique : Et la minorité, sujet sensible...", "Coast
Herald: And the border, a sensitive subject...") is a question, and the turn after it an
answer quoted as the others. Sentences written for these tests."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_FR = """date 2026-05 Ana Petrova : « Nous avons signé six accords » - Courrier Balkanique

La ministre bulgare des Affaires étrangères, Ana Petrova, revient sur la réunion avec la Roumanie.

Courrier Balkanique : Qu'avez-vous signé à Ruse ?

Ana Petrova : Six accords, dont un sur le pont du Danube. Les travaux commenceront au printemps prochain.

Courrier Balkanique : Et la minorité bulgare en Roumanie, sujet sensible...

Ana Petrova : C'est une question que nous traitons avec respect, dans le cadre européen qui nous lie.
"""

_EN = """date 2026-05 Peter Mensah: "We signed six agreements" - Coast Herald

Ghana's foreign minister, Peter Mensah, spoke to the Coast Herald about the meeting with Togo.

Coast Herald: What did you sign in Lomé?

Peter Mensah: Six agreements, including one on the coastal road. The works will start next spring.

Coast Herald: And the border markets, a sensitive subject...

Peter Mensah: It is a question we handle with care, within the regional framework that binds us.
"""


@pytest.mark.parametrize(("text", "speaker"), [(_FR, "Ana Petrova"), (_EN, "Peter Mensah")])
def test_a_prompt_without_question_mark_is_answered(text, speaker) -> None:
    quotes = read(text, "a.txt").quotes
    answers = [q for q in quotes if q.text.startswith(("C'est une question", "It is a question"))]
    assert [q.speaker for q in answers] == [speaker]
