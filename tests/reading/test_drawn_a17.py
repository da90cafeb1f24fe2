"""Shapes of language the drawn documents of session 17 showed the reader missing (drawA17):
Westminster honorifics before and after a name, compound adjectives of states whose
name holds another state's, ... Every sentence here is invented."""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer
from suivi.reading.pipeline import read


def _people(text: str) -> set[str]:
    return {p.name for p in read(text).people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiji and Kenya met in Suva. Fiji's Minister for Trade, the Hon Manoa Kamikamica MP, "
            "led the talks.",
            {"Manoa Kamikamica"},
        ),
        (
            "Samoa and New Zealand held talks. The talks were chaired by Senator the Hon Jane "
            "Morrow and the Rt Hon Peter Ashdown MP.",
            {"Jane Morrow", "Peter Ashdown"},
        ),
        (
            "Vanuatu and Australia signed a memorandum. The Honourable Ralph Tavoa OBE signed "
            "for Vanuatu.",
            {"Ralph Tavoa"},
        ),
    ],
)
def test_westminster_honorifics_introduce_a_name(text, expected):
    assert expected <= _people(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Papua New Guinean students and Guinean ones", "en", ["PNG", "GIN"]),
        ("les étudiants papouan-néo-guinéens et guinéens", "fr", ["PNG", "GIN"]),
    ],
)
def test_adjective_of_a_state_whose_name_holds_another(text, lang, expected):
    assert [m.code for m in gazetteer.find_mentions(text, lang)] == expected


def _bodies_and_sessions(text: str):
    reading = read(text)
    return reading.bodies, {(s.number, s.start) for s in reading.sessions}


def test_a_ministerial_forum_of_two_states_is_their_body_and_numbers_its_sessions():
    bodies, sessions = _bodies_and_sessions(
        "The 5th Fiji–New Zealand Ministerial Forum was held in Suva on 3 May 2024. "
        "Ministers agreed that the Ministerial Forum, which meets every two years, remains "
        "the main bilateral mechanism. The 6th Ministerial Forum will be held in Wellington "
        "in 2026."
    )
    assert [(b.name, sorted(b.parties), b.cadence_months) for b in bodies] == [
        ("Fiji–New Zealand Ministerial Forum", ["FJI", "NZL"], 24)
    ]
    assert {n for n, _ in sessions} == {5, 6}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ghana held the second session of the Kenya-Ghana Strategic Dialogue "
        "Mechanism in Accra. The Strategic Dialogue Mechanism meets once a year.",
        "Le Maroc et le Sénégal ont tenu à Dakar la 3e session du Forum ministériel "
        "Maroc-Sénégal. Le Forum ministériel se réunit chaque année.",
    ],
)
def test_a_body_named_without_its_pair_of_states_is_the_same_body(text):
    bodies, _ = _bodies_and_sessions(text)
    assert len(bodies) == 1
    assert bodies[0].cadence_months == 12
