"""An amending protocol whose title names a union's treaty («Протокол о внесении изменений в
Договор о Евразийском экономическом союзе») takes no field from the union's name; the treaty
it names, told later with its own signing and sides, is one text, not two. Invented
sentences (the union and its treaty are real, the story is not)."""

from __future__ import annotations

from suivi.reading.pipeline import read


def test_the_amended_treaty_is_told_once():
    text = (
        "Государственная дума ратифицировала Протокол о внесении изменений в Договор о "
        "Евразийском экономическом союзе от 29 мая 2014 года.\n\nДоговор о Евразийском "
        "экономическом союзе был подписан в Астане 29 мая 2014 года президентами Беларуси, "
        "Казахстана и России."
    )
    found = read(text.encode(), "article.txt").agreements
    assert all("economy" not in a.sectors for a in found)
    treaties = [a for a in found if a.kind != "protocol"]
    assert len(treaties) == 1
    assert sorted(treaties[0].parties) == ["BLR", "KAZ", "RUS"]
