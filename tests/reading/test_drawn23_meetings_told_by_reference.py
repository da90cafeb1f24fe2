"""Meetings told by reference to a body: its own, this one, the next summit, a dialogue's rounds (drawA28).

- "Les chefs d'État ont chargé le Conseil des ministres de … lors de sa prochaine session":
  "sa" is the body its clause has just named, not the conference the story is about;
- "dans son discours d'ouverture de cette session ordinaire de la Conférence", "at this
  session of the Council": the meeting the story reports, held on the story's day;
- "Le prochain sommet ordinaire se tiendra à Brazzaville en 2027": a body of heads of state
  meets in summits, so the next summit is its next meeting;
- "held the third round of their strategic dialogue": a dialogue that meets by numbered
  rounds is the pair's standing mechanism, with a session per round.
Invented sentences.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

_SUMMIT = (
    "date 2026-05-09 Sommet - Exemple\n"
    "Réunis vendredi à Libreville, les chefs d'État de la Communauté économique et monétaire "
    "de l'Afrique centrale ont tenu leur session ordinaire. Le président gabonais a ouvert "
    "les travaux en présence de ses homologues du Cameroun, du Tchad et du Congo. « Nous "
    "devons agir », a-t-il dit dans son discours d'ouverture de cette session ordinaire de la "
    "Conférence des chefs d'État de la CEMAC, qui se réunit une fois par an.\n"
    "Les chefs d'État ont chargé le Conseil des ministres de l'Union économique de l'Afrique "
    "centrale de leur soumettre des propositions lors de sa prochaine session ordinaire, "
    "prévue en septembre à Malabo. Le prochain sommet ordinaire se tiendra à Bangui en 2027.\n"
)


def _sessions(text: str) -> list[tuple[str, int | None, str | None, str | None]]:
    return [(s.body, s.number, s.start, s.place) for s in read(text).sessions]


def test_its_next_session_is_the_body_just_named() -> None:
    sessions = _sessions(_SUMMIT)
    council = [s for s in sessions if s[0].startswith("Conseil des ministres")]
    assert [(s[2], s[3]) for s in council] == [("2026-09", "Malabo")]


def test_the_next_summit_is_the_conference_of_heads_of_state() -> None:
    sessions = _sessions(_SUMMIT)
    assert any(s[0].startswith("Conférence") and s[2] == "2027" for s in sessions)


def test_this_session_is_held_on_the_story_day() -> None:
    sessions = _sessions(_SUMMIT)
    assert any(s[0].startswith("Conférence") and s[2] == "2026-05-08" for s in sessions)


def test_the_rounds_of_a_strategic_dialogue() -> None:
    text = (
        "date 2026-05-09 Kenya, Japan hold dialogue - Example\n"
        "Kenya and Japan on Monday held the third round of their strategic dialogue in "
        "Nairobi, co-chaired by the two foreign ministers. The second round was held in Tokyo "
        "in March 2024, and the fourth round will take place in Japan in 2027.\n"
    )
    reading = read(text)
    assert [b.name for b in reading.bodies] == ["strategic dialogue"]
    assert set(reading.bodies[0].parties) == {"KEN", "JPN"}
    assert sorted(s.number for s in reading.sessions) == [2, 3, 4]


def test_the_rounds_of_a_strategic_dialogue_in_french() -> None:
    text = (
        "date 2026-05-09 Dialogue - Exemple\n"
        "Le Sénégal et la Turquie ont tenu lundi à Dakar le troisième cycle de leur dialogue "
        "stratégique. Le quatrième se tiendra à Ankara en 2027.\n"
    )
    reading = read(text)
    assert [b.name for b in reading.bodies] == ["dialogue stratégique"]
    assert set(reading.bodies[0].parties) == {"SEN", "TUR"}


def test_the_rounds_of_a_strategic_dialogue_in_russian() -> None:
    text = (
        "date 2026-05-09 Диалог - Пример\n"
        "Россия и Египет провели в Каире третий раунд стратегического диалога. Четвёртый "
        "раунд пройдёт в Москве в 2027 году.\n"
    )
    reading = read(text)
    assert [b.name for b in reading.bodies] == ["стратегический диалог"]
    assert sorted(s.number for s in reading.sessions) == [3, 4]


def test_a_dialogue_told_alone_is_no_body() -> None:
    text = (
        "date 2026-05-09 Talks - Example\n"
        "Kenya and Japan stressed the importance of strategic dialogue on regional security.\n"
    )
    assert read(text).bodies == []
