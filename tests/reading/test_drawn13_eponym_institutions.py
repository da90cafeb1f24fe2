"""A person's name that names an institution is no person of the story (session 22, drawB22).

Language fact: in French the name of a university, a hospital or an institute named after
someone comes after the institution's word and its adjectives ("l'Institut national
polytechnique X", "le Centre hospitalier universitaire X"); English texts keep that order for
such names ("the University X", "the Hospital X"). Only the word right before the name was
known. Russian says «институт имени X», which was already read so (guard).
Invented sentences; the guards keep people after a verb ("le centre a accueilli X").
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "namesake"),
    [
        (
            "Le ministre malien, Oumar Touré, a visité l'Institut national polytechnique Kwame Nkrumah de Kumasi.",
            "Kwame Nkrumah",
        ),
        (
            "Le ministre tchadien, Idriss Mahamat, a inauguré le Centre hospitalier universitaire Patrice Lumumba de Kisangani.",
            "Patrice Lumumba",
        ),
        (
            "Minister Oumar Toure visited the Hospital Nelson Mandela in Pretoria on Monday.",
            "Nelson Mandela",
        ),
        (
            "Министр Омар Туре посетил Национальный политехнический институт имени Кваме Нкрумы в Кумаси.",
            "Кваме Нкрума",
        ),
    ],
)
def test_an_institutions_namesake_is_no_person(text: str, namesake: str) -> None:
    reading = read("Visite\n\n" + text, "news.txt")
    names = [person.name for person in reading.people]
    assert not any(namesake.split()[-1][:4] in name for name in names), names
    assert len(names) == 1


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Le centre national a accueilli Marie Koné, ministre de la Santé du Mali.", "Marie Koné"),
        ("Le ministre a reçu Jean Dupont, ambassadeur de France au Niger.", "Jean Dupont"),
        (
            "Kenya's education minister, Ezekiel Machogu, opened the new university library.",
            "Ezekiel Machogu",
        ),
    ],
)
def test_people_after_an_institution_word_and_a_verb_stay(text: str, person: str) -> None:
    reading = read("Visite\n\n" + text, "news.txt")
    assert person in [p.name for p in reading.people]
