"""A person named once, as the one whose visit has no date yet ("Aucune date n'a été arrêtée
pour une visite du Premier ministre X", "No date has been set for a visit by Prime Minister
X", «Дата визита премьер-министра X пока не определена»), takes no part in the events the
story reports (SPEC: `people` are those who act or speak): a visit not yet dated is one still
to come. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "acting", "visitor"),
    [
        (
            "Le ministre des Affaires étrangères du Ghana, Kofi Mensah, a rencontré mardi à Lomé "
            "son homologue togolais, Robert Dussey. « Nous avons relancé la commission mixte », "
            "a déclaré Kofi Mensah. Aucune date n'a été arrêtée pour une visite du Premier "
            "ministre Ama Owusu à Lomé.",
            "Kofi Mensah",
            "Ama Owusu",
        ),
        (
            "Ghana's foreign minister, Kofi Mensah, met his Togolese counterpart Robert Dussey in "
            'Lome on Tuesday. "We have revived the joint commission," Kofi Mensah said. No date '
            "has been set for a visit by Prime Minister Ama Owusu to Lome.",
            "Kofi Mensah",
            "Ama Owusu",
        ),
        (
            "Министр иностранных дел Ганы Кофи Менса провел во вторник в Ломе переговоры с "
            "министром иностранных дел Того Робертом Дюсси. «Мы возобновили работу комиссии», — "
            "заявил Кофи Менса. Дата визита премьер-министра Амы Овусу в Ломе пока не "
            "определена.",
            "Кофи Менса",
            "Ама Овусу",
        ),
    ],
)
def test_the_visitor_of_a_visit_not_yet_dated_is_not_in_the_story(text, acting, visitor):
    names = [p.name for p in read(text.encode(), "article.txt").people]
    assert acting in names
    assert visitor not in names
