"""Russian official prose glues initials to the surname («А.В.Клименко», «С.А.Рябков»): the
shape names a person whatever title stands before it (eleventh draw, drawD21). Invented
sentences, ru."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "Российскую делегацию возглавлял директор Департамента Азии МИД России А.В.Клименко, "
        "вьетнамскую — заместитель министра иностранных дел Вьетнама Нгуен Ван Тхао.",
        "А.В.Клименко",
    ),
    (
        "Консультации провели заместитель министра иностранных дел России С.А.Рябков и "
        "генеральный директор МИД Малайзии Ахмад Рашид.",
        "С.А.Рябков",
    ),
    (
        "Переговоры провели директор Второго европейского департамента МИД России "
        "И.С.Непомнящий и министр иностранных дел Финляндии.",
        "И.С.Непомнящий",
    ),
    (
        "Делегацию Египта принял заместитель министра иностранных дел России М.Л.Богданов.",
        "М.Л.Богданов",
    ),
    (
        "В переговорах с португальской стороной участвовал посол России в Перу И.В.Ермаков.",
        "И.В.Ермаков",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES, ids=range(len(CASES)))
def test_a_surname_glued_to_initials_is_a_person(text, name):
    reading = read(text.encode(), "article.txt")
    assert name in [p.name for p in reading.people]
