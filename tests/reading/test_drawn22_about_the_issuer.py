"""A press release's note about its issuer is not the news (session 27, drawH27).

Invented texts. A press release ends on a note about the company that issues it («Справка.
ПАО «X» — российская компания …», "Notes to editors", "About X" or "À propos de X" as a
heading): who the issuer is, where it is from, how many countries it works in. Nothing
there acts in the story, so the article stops where the note starts; a sentence of the
article that only begins with "About" (a number) is still the article's.
"""

from __future__ import annotations

import pytest

from suivi.reading.clean import clean_lines

_NEWS = (
    "Компания «Турбомаш» и эквадорская корпорация CELEC EP 23 сентября подписали в Кито "
    "контракт на поставку двух турбин для гидроэлектростанции. Работы планируется завершить "
    "в 2029 году, сообщила пресс-служба компании."
)


@pytest.mark.parametrize(
    ("note", "heading"),
    [
        ("Справка. ПАО «Турбомаш» — российская машиностроительная компания.", "Справка"),
        ("Notes to editors\nTurbomash is a Russian engineering company.", "Notes to editors"),
        ("About Turbomash\nTurbomash is a Russian engineering company.", "About Turbomash"),
        ("À propos de Turbomash\nTurbomash est une entreprise russe.", "À propos de"),
    ],
)
def test_the_note_about_the_issuer_ends_the_article(note: str, heading: str) -> None:
    cleaned = clean_lines(f"{_NEWS}\n\n{note}\n")
    assert _NEWS in cleaned.text
    assert heading not in cleaned.text


@pytest.mark.parametrize(
    "line",
    ["About 200 delegates attended the signing of the agreement in Quito.", "About the project"],
)
def test_a_line_that_begins_with_about_goes_on(line: str) -> None:
    after = "The plant will supply power to two provinces of the country from 2029 on."
    cleaned = clean_lines(f"{_NEWS}\n\n{line}\n{after}\n")
    assert line in cleaned.text
    assert after in cleaned.text
