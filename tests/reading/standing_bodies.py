"""Bodies and sessions of a reading compared as `score.py` compares them, for the tests that
write invented texts about standing bodies (test_invented_bodies, test_invented_sessions).

A body matches by its party set and at least half the words of the shorter name, then its
cadence must be right; a session matches by its body's words and its number, or its start where
the text numbers none. Every read body and session must be matched: extras fail too.
"""

from __future__ import annotations

import re

from suivi.reading.pipeline import read

HEAD = "date 2026-03-10 Coopération - Site\n"  # the page's day: "next year" is 2027


def _words(name: str) -> set[str]:
    return set(re.findall(r"\w+", name.lower()))


def same_name(gold: str, read_name: str) -> bool:
    g, r = _words(gold), _words(read_name)
    return len(g & r) >= 0.5 * max(1, min(len(g), len(r)))


def check(text: str, bodies: list[tuple], sessions: list[tuple]) -> None:
    """Read `text` under the page line and compare its bodies (name, parties, cadence) and
    sessions (body, number, start) with the expected ones."""
    reading = read(HEAD + text)
    found = list(reading.bodies)
    for name, parties, cadence in bodies:
        hit = next(
            (b for b in found if same_name(name, b.name) and sorted(b.parties) == sorted(parties)),
            None,
        )
        assert hit is not None, (name, [(b.name, b.parties) for b in reading.bodies])
        assert hit.cadence_months == cadence, (name, hit.cadence_months)
        found.remove(hit)
    assert not found, [(b.name, b.parties) for b in found]
    left = list(reading.sessions)
    for body, number, start in sessions:
        hit = next(
            (
                s
                for s in left
                if same_name(body, s.body)
                and (s.number == number if number is not None else s.start == start)
            ),
            None,
        )
        assert hit is not None, (body, number, start, reading.sessions)
        left.remove(hit)
    assert not left, left
