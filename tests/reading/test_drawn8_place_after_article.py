"""A capitalised place after a contracted article is no person (drawE19).

Invented sentences: "les éleveurs du Djebel Ben Amar" names a mountain, "the herders of
the Djebel Ben Amar" too (English, read right before, is a guard); French, like English ("the Santa Rosa crossing"), writes no article before a
person's name, so a name after "du", "au", "aux" is a place. Guards: the minister named after
his title, and an English place after "the", stay as they were.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_TEXTS = {
    "fr": "Le ministre de l'Agriculture, M. Mamadou Bâ, a signé un accord avec le Maroc. Les "
    "éleveurs du Djebel Ben Amar et de l'Adrar en profiteront.",
    "en": "Agriculture Minister Mamadou Ba signed an agreement with Morocco. The herders of the "
    "Djebel Ben Amar and of Adrar will benefit.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_place_after_an_article_is_no_person(lang: str) -> None:
    names = [p.name for p in read(_TEXTS[lang]).people]
    assert not any("Djebel" in name for name in names)
    assert any(name.replace("â", "a") == "Mamadou Ba" for name in names)
