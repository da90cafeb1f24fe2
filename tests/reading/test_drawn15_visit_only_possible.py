"""A head of state named once, as the one a visit only possible is of, takes no part in the
story (SPEC: people act or speak): "Ils pourraient être signés lors d'une visite du
président X, évoquée pour le second semestre", "They could be signed during a visit by
President X", «Они могут быть подписаны в ходе визита президента X». Only the singular
"pourrait" and a visit to come ("prochaine", "will") were known. A visitor there now, in
a sentence in the conditional, still acts. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Le ministre malien des Affaires étrangères, Abdoulaye Diop, a achevé une visite à "
            "Dakar. Trois textes sont en préparation. Ils pourraient être signés lors d'une "
            "visite du président Bassirou Diomaye Faye à Bamako, évoquée pour le second "
            "semestre.",
            ["Abdoulaye Diop"],
        ),
        (
            "Ghana's Foreign Minister, Samuel Ablakwa, ended a visit to Lomé. Three texts are "
            "being prepared. They could be signed during a visit by President John Mahama to "
            "Togo, mooted for the second half of the year.",
            ["Samuel Ablakwa"],
        ),
        (
            "Министр иностранных дел Армении Арарат Мирзоян завершил визит в Минск. Три "
            "документа находятся в стадии доработки. Они могут быть подписаны в ходе визита "
            "президента Александра Лукашенко в Ереван во втором полугодии.",
            ["Арарат Мирзоян"],
        ),
    ],
)
def test_the_one_a_possible_visit_is_of_is_no_person(text: str, people: list[str]) -> None:
    assert [p.name for p in read(text).people] == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Le président Bassirou Diomaye Faye, en visite à Bamako, a estimé que les accords "
            "pourraient être signés bientôt.",
            "Bassirou Diomaye Faye",
        ),
        (
            "President John Mahama, on a visit to Lomé, said the agreements could be signed soon.",
            "John Mahama",
        ),
    ],
)
def test_a_visitor_there_now_stays(text: str, person: str) -> None:
    assert [p.name for p in read(text).people] == [person]


def test_the_conditional_of_the_next_paragraph_is_not_the_visits() -> None:
    text = (
        "Ghana and Togo did not sign any new agreement during the visit of Togolese Foreign "
        "Minister Robert Dussey to Accra.\n\nGhanaian Foreign Minister Samuel Ablakwa said a "
        "trade treaty could be signed later this year."
    )
    assert "Robert Dussey" in [p.name for p in read(text).people]
