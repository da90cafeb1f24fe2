"""People named in a story: full names without titles, merged across short forms."""

from __future__ import annotations

import pytest

from suivi.reading import people
from suivi.reading.pipeline import read


def names(text: str) -> list[str]:
    return [p.name for p in read(text).people]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("le Général de Corps d'Armée Assimi Goïta", "Assimi Goïta"),
        ("M. Abdelmalek Sellal", "Abdelmalek Sellal"),
        ("Malien Modibo Keïta", "Modibo Keïta"),
        ("President Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"),
    ],
)
def test_titles_and_demonyms_are_cut(raw, clean):
    assert people.strip_titles(raw) == clean


@pytest.mark.parametrize(
    ("candidate", "ok"),
    [
        ("Mohamed Ould Abdel Aziz", True),
        ("Oumar N'Daou", True),
        ("Commission Mixte", False),
        ("Abdoulaye", False),
        ("République du Mali", False),
    ],
)
def test_what_looks_like_a_name(candidate, ok):
    assert people.is_name(candidate) is ok


@pytest.mark.slow
def test_french_people_with_short_forms_merged():
    text = (
        "Le président de la Transition, le colonel Assimi Goïta, a reçu mardi à Koulouba le "
        "ministre mauritanien des Affaires étrangères, Mohamed Salem Ould Merzoug. "
        "M. Ould Merzoug a remis un message de son président. Goïta a salué cette visite."
    )
    reading = read(text)
    assert [p.name for p in reading.people] == ["Assimi Goïta", "Mohamed Salem Ould Merzoug"]
    merzoug = reading.people[1]
    assert merzoug.role == "ministre des Affaires étrangères"
    assert merzoug.party == "MRT"


@pytest.mark.slow
def test_russian_names_in_the_nominative():
    text = (
        "Министр иностранных дел России Сергей Лавров провёл переговоры с главой МИД Мали "
        "Абдулаем Диопом в Москве. Стороны подписали соглашение. Позднее Сергея Лаврова "
        "принял президент Владимир Путин."
    )
    found = names(text)
    assert "Сергей Лавров" in found
    assert "Владимир Путин" in found
    assert not any(name.endswith("Лаврова") for name in found)


@pytest.mark.slow
def test_english_titled_names():
    text = (
        "Prime Minister Soumeylou Boubèye Maïga met King Mohammed VI in Rabat on Thursday. "
        "Foreign Minister Nasser Bourita attended the signing of five agreements."
    )
    found = names(text)
    assert "Soumeylou Boubèye Maïga" in found
    assert "Nasser Bourita" in found
