"""A numbered summit told without its organisation's name (session 27, drawA27).

Invented sentences. "Leaders of the SADC closed their 45th Summit", "le 68e sommet se tiendra
à Lomé", «свой 25-й саммит»: where the text names a summit as a body ("The SADC Summit meets
once a year"), a numbered summit no other name follows is a session of it (SPEC: sessions
are numbered where the text numbers them).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "date 2025-08-18 Leaders of the Southern African Development Community closed "
            "their 45th Summit in Harare on Sunday after two days of talks that saw the bloc's "
            "sixteenth member take its seat. The SADC Summit meets once a year, and the 46th "
            "Summit will be held in Gaborone in 2026.",
            [45, 46],
        ),
        (
            "date 2025-08-18 Les chefs d'État de la CEDEAO ont clôturé dimanche à Abuja leur "
            "67e sommet, après deux jours de travaux marqués par l'adhésion d'un seizième "
            "membre. Le sommet de la CEDEAO se réunit deux fois par an ; le 68e sommet se "
            "tiendra à Lomé en 2026.",
            [67, 68],
        ),
        (
            "date 2025-08-18 Лидеры ШОС завершили в воскресенье в Тяньцзине свой 25-й саммит, "
            "на котором в организацию был принят одиннадцатый член. Саммит ШОС проводится "
            "ежегодно, 26-й саммит пройдёт в Бишкеке в 2026 году.",
            [25, 26],
        ),
    ],
)
def test_numbered_summit_is_the_summit_body(text: str, numbers: list[int]) -> None:
    reading = read(text)
    (body,) = reading.bodies
    assert sorted(s.number for s in reading.sessions if s.body == body.name) == numbers
