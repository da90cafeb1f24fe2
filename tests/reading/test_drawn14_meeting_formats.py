"""Standing bodies several states name by who sits in them.

A committee named by how many states sit in it and by who they send ("the Trilateral Senior
Officials' Committee", "un comité trilatéral de suivi") is a joint body, as a "Joint" or
"tripartite" one is. A meeting format of leaders or ministers named as such ("the Tripartite
Leaders' Summit", "le sommet trilatéral des chefs d'État", «трёхсторонняя встреча лидеров»)
is a standing body where the text gives it a cadence ("will be held every year", "se tiendra
chaque année", «будет проводиться ежегодно»), and "the First ... Summit", "the Second ...
Summit" are its numbered sessions; named with no cadence it is one event. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import bodies, sessions


def read(text: str, lang: str):
    ctx = context(text, lang, "2026-05-05")
    found = bodies.extract(ctx)
    return found, sessions.extract(ctx, found)


@pytest.mark.parametrize(
    ("lang", "text", "name", "sides", "months"),
    [
        (
            "en",
            "Leaders of Fiji, Vanuatu and Palau established a Trilateral Senior Officials' "
            "Committee, which shall meet twice a year.",
            "Trilateral Senior Officials' Committee",
            {"FJI", "VUT", "PLW"},
            6,
        ),
        (
            "en",
            "Kenya, Uganda and Rwanda set up a trilateral steering committee that will meet "
            "every three months.",
            "trilateral steering committee",
            {"KEN", "UGA", "RWA"},
            3,
        ),
        (
            "fr",
            "Le Niger, le Tchad et le Mali ont créé un comité trilatéral de suivi qui se "
            "réunira deux fois par an.",
            "comité trilatéral de suivi",
            {"NER", "TCD", "MLI"},
            6,
        ),
        (
            "en",
            "The presidents of Kenya, Uganda and Rwanda agreed that the Tripartite Leaders' "
            "Summit will be held every year, in rotation among the three countries.",
            "Tripartite Leaders' Summit",
            {"KEN", "UGA", "RWA"},
            12,
        ),
        (
            "fr",
            "Les présidents du Niger, du Tchad et du Mali ont décidé que le sommet trilatéral "
            "des chefs d'État se tiendra chaque année, en alternance dans les trois pays.",
            "sommet trilatéral des chefs d'État",
            {"NER", "TCD", "MLI"},
            12,
        ),
        (
            "ru",
            "Президенты Армении, Грузии и Ирана договорились, что трехсторонняя встреча "
            "лидеров будет проводиться ежегодно.",
            "трехсторонняя встреча лидеров",
            {"ARM", "GEO", "IRN"},
            12,
        ),
    ],
)
def test_a_body_named_by_who_sits_in_it(lang, text, name, sides, months) -> None:
    found, _ = read(text, lang)
    assert [(b.name, set(b.parties), b.cadence_months) for b in found] == [(name, sides, months)]


def test_the_numbered_meetings_of_a_format_are_its_sessions() -> None:
    text = (
        "The leaders of Kenya, Uganda and Rwanda met in Kigali on 3 and 4 May 2026 for the "
        "First Tripartite Leaders' Summit. They agreed that the Tripartite Leaders' Summit "
        "will be held every year. The Second Tripartite Leaders' Summit will be held in "
        "Nairobi in 2027."
    )
    found, held = read(text, "en")
    assert [b.name for b in found] == ["Tripartite Leaders' Summit"]
    assert [(s.number, s.start) for s in held] == [(1, "2026-05-03"), (2, "2027")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # guards: a summit with no cadence is one event; an organisation's own meeting too
        (
            "en",
            "The leaders of Kenya, Uganda and Rwanda met in Kigali for the Tripartite "
            "Leaders' Summit on 3 May 2026.",
        ),
        (
            "en",
            "Fiji and Tonga agreed to present a common position at the next Pacific Islands "
            "Forum Leaders Meeting.",
        ),
        ("fr", "Le sommet trilatéral a réuni les présidents du Niger, du Tchad et du Mali."),
        ("ru", "Трехсторонняя встреча лидеров Армении, Грузии и Ирана прошла в Ереване."),
    ],
)
def test_a_format_named_once_without_cadence_is_no_body(lang: str, text: str) -> None:
    found, _ = read(text, lang)
    assert found == []
