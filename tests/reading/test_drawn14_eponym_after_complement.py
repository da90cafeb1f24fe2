"""A place or an institution named after a person: in French the person's name comes after
the thing's word and its lower-case complement ("le Centre international de conférences
Abdou Diouf", "l'Université des sciences et techniques Mamadou Dia", "l'Hôpital de la mère et
de l'enfant X"); the name is the thing's, no person of the story. Only the thing's word right
before the name was read so ("l'Université Cheikh Anta Diop"); English ("the Kenneth Kaunda
International Conference Centre") and Russian («имени Абду Диуфа») were read already. The
head of the thing named before his name ("le directeur du centre de recherche X") is a person.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading import known_people
from suivi.reading.pipeline import read


def _people(text: str) -> list[str]:
    return [p.name for p in read(text.encode(), "article.txt").people]


@pytest.mark.parametrize(
    "text",
    [
        "Le sommet s'est tenu au Centre de conférences Kofi Annan de Bamako, en présence du "
        "ministre Jean Kouassi.",
        "Le forum s'est ouvert au Centre international de conférences Félix Houphouët de "
        "Yamoussoukro, en présence du ministre Jean Kouassi.",
        "Le colloque s'est déroulé à l'Université des sciences et techniques Mamadou Dia, en "
        "présence du ministre Jean Kouassi.",
        "Les délégués ont visité l'Hôpital de la mère et de l'enfant Lagune Traoré avec le "
        "ministre Jean Kouassi.",
        "The talks took place at the Kenneth Kaunda International Conference Centre in Lusaka, "
        "with minister Jean Kouassi.",
    ],
)
def test_a_thing_named_after_a_person_names_no_person(text):
    assert _people(text) == ["Jean Kouassi"]


def test_the_head_of_the_thing_is_a_person():
    text = "Le directeur du centre de recherche Mamadou Konaté a reçu le ministre."
    start = text.index("Mamadou")
    assert not known_people.named_after(text, start, start + len("Mamadou Konaté"))


def test_the_thing_of_a_lower_case_verb_is_no_complement():
    text = "Le centre accueille Mamadou Konaté et le ministre."
    start = text.index("Mamadou")
    assert not known_people.named_after(text, start, start + len("Mamadou Konaté"))
