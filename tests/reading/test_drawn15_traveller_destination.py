"""Where a traveller goes next is a destination, never the state the traveller serves: "Le
vice-ministre X doit poursuivre sa tournée au Ghana", "will continue his tour in Ghana",
«затем отправится в Гану». The person took the destination (the only state of the sentence)
for a party, and that made the destination a party of the story. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_FR = (
    "Le Japon et la Côte d'Ivoire ont signé mercredi à Abidjan un accord sur l'énergie, en "
    "marge de la visite d'un vice-ministre japonais. "
)
_EN = (
    "Japan and Côte d'Ivoire signed an energy agreement in Abidjan on Wednesday, during the "
    "visit of a Japanese deputy minister. "
)
_RU = (
    "Япония и Кот-д'Ивуар подписали в среду в Абиджане соглашение об энергетике в ходе "
    "визита японского замминистра. "
)


@pytest.mark.parametrize(
    "text",
    [
        _FR + "Le vice-ministre Kenji Morita, arrivé lundi, doit poursuivre sa tournée au Ghana.",
        _FR + "Le vice-ministre Kenji Morita se rendra ensuite au Ghana.",
        _EN + "Deputy Minister Kenji Morita will continue his tour in Ghana.",
        _EN + "Deputy Minister Kenji Morita travels on to Ghana on Friday.",
        _RU + "Заместитель министра Кэндзи Морита затем отправится в Гану.",
    ],
)
def test_a_destination_is_no_party(text: str) -> None:
    reading = read(text.encode(), "article.txt")
    assert "GHA" not in reading.parties
    assert all(p.party != "GHA" for p in reading.people)


def test_a_state_named_as_the_person_s_stays() -> None:
    text = _FR + "Le vice-ministre ghanéen Kofi Asante se rendra ensuite au Togo."
    people = read(text.encode(), "article.txt").people
    assert [p.party for p in people if p.name == "Kofi Asante"] == ["GHA"]
