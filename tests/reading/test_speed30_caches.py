"""The speed-ups of speed30 change no reading: pymorphy's parses kept per word form, the
folded words of names and quotations kept. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from suivi.reading import nlp, people, people_roles, quotes
from suivi.reading.model import Quote

_WORDS = ["министром", "президента", "Сергея", "Лаврова", "Астану", "делового", "стороны"]


@pytest.mark.parametrize("word", _WORDS)
def test_kept_parses_are_pymorphys(word: str) -> None:
    kept = nlp.russian_parses(word)
    assert kept == tuple(nlp.morph().parse(word))
    assert nlp.russian_parses(word) is kept  # the same readings, asked again
    assert isinstance(kept, tuple)  # no caller can change what the next one is handed


def test_the_role_case_reads_as_before() -> None:
    # a guard: the role noun's case, read through the kept parses
    text = "Переговоры с министром иностранных дел Мали Абдулаем Диопом"
    start = text.index("Абдулаем")
    assert people_roles.russian_role_case(text, start) == "ablt"
    text = "встреча президента Ганы Джона Махамы"
    assert people_roles.russian_role_case(text, text.index("Джона")) == "gent"


@pytest.mark.parametrize(
    ("short", "full", "inflected", "same"),
    [
        ("Goïta", "Assimi Goïta", False, True),
        ("Goita", "Assimi Goïta", False, True),
        ("Lula", "Luiz Inácio Lula da Silva", False, True),
        ("Ebrard", "Marcelo Ebrard Casaubón", False, True),
        ("ED Mnangagwa", "Emmerson Dambudzo Mnangagwa", False, True),
        ("Marcos", "Ferdinand Marcos Jr.", False, True),
        ("Лаврова", "Сергей Лавров", True, True),
        ("Бакыт Таалайбекович", "Бакыт Сыдыков", True, True),
        ("Diop", "Assimi Goïta", False, False),
        ("Jean Diop", "Awa Diop", False, False),
    ],
)
def test_names_compare_as_before(short: str, full: str, inflected: bool, same: bool) -> None:
    # guards: the folded words are kept per name, the comparison is the same
    assert people._same_person(short, full, inflected) is same
    assert people._same_person(short, full, inflected) is same  # asked again, from the cache


def test_quotations_repeated_with_a_word_changed_are_one() -> None:
    # a guard: the kept words of a quotation compare as before
    line = "La Confédération n'a pas besoin de leçons pour bâtir son avenir commun"
    title = "La Confédération AES n'a pas besoin de leçons pour bâtir"
    other = "Nous signerons les accords de coopération dans les prochains mois"
    found = [Quote(text=t, speaker="X") for t in (title, line, other, line)]
    kept = quotes.unique(found)
    assert [q.text for q in kept] == [line, other]
    assert quotes._words(line) is quotes._words(line)
