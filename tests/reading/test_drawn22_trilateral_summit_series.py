"""A summit of three states as a series (session 27, drawF27).

Invented sentences. "The 3rd Kenya-Uganda-Rwanda trilateral summit", "le 3e sommet trilatéral",
«третий трёхсторонний саммит»: a summit the three states hold in turn is a body once the text
gives it a cadence, and it may do so by "the summit" alone ("agreed to hold the summit every
year", "de tenir le sommet chaque année", «проводить саммит ежегодно»); "the next summit" is
its session to come. A round is one of talks, never a summit's meeting.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_TEXTS = [
    (
        "date 2026-05-05 NAIROBI — The leaders of Kenya, Uganda and Rwanda met in Nairobi on "
        "Monday for the 3rd Kenya-Uganda-Rwanda trilateral summit. They agreed to hold the "
        "summit every year on a rotating basis. The next summit will be held in Rwanda in 2027. "
        "Their customs talks never went beyond the 5th round.",
        "trilateral summit",
    ),
    (
        "date 2026-05-05 NIAMEY — Les présidents du Niger, du Tchad et du Mali se sont réunis "
        "lundi à Niamey pour le 3e sommet trilatéral. Ils ont convenu de tenir le sommet "
        "chaque année, à tour de rôle. Le prochain sommet se tiendra au Mali en 2027.",
        "sommet trilatéral",
    ),
    (
        "date 2026-05-05 ЕРЕВАН. Президенты Армении, Грузии и Ирана провели в понедельник в "
        "Ереване третий трехсторонний саммит. Они договорились проводить саммит ежегодно. "
        "Следующий саммит пройдет в Иране в 2027 году.",
        "трехсторонний саммит",
    ),
]


@pytest.mark.parametrize(("text", "name"), _TEXTS)
def test_a_trilateral_summit_held_every_year_is_a_body(text: str, name: str) -> None:
    reading = read(text)
    (body,) = reading.bodies
    assert name in body.name
    assert len(body.parties) == 3
    assert body.cadence_months == 12
    held = sorted((s.number or 0, s.start) for s in reading.sessions)
    assert held == [(0, "2027"), (3, "2026-05-04")]
