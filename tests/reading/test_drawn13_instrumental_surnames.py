"""A surname in -ов/-ев/-ин declines as a Russian one, whatever the given name (drawA22).

Central Asian and Caucasian names in Russian text pair a given name pymorphy does not know
with a Russian-style surname: «подписан министром … Алмазбеком Джумабаевым». The role noun puts
the name in the instrumental; the given name drops «-ом», and the surname drops «-ым» back to
«-ов/-ев/-ин» (SPEC: people in the nominative). Russian only (French and English do not
decline names). Guards: the nominative and a woman's instrumental («Гульнорой Абдыкадыровой»)
read as before.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

_TEXT = (
    "Соглашение было подписано министром экономики Киргизии Алмазбеком Джумабаевым и министром "
    "экономики Таджикистана Фирдавсом Назаровым. Меморандум подписали министр культуры "
    "Узбекистана Озод Назарбеков и министр культуры Казахстана Айжан Бектурганова. Протокол был "
    "подписан министром транспорта Киргизии Гульнорой Абдыкадыровой и министром транспорта "
    "Таджикистана Сухробом Алиевым."
)


def test_instrumental_surnames_in_the_nominative() -> None:
    names = [p.name for p in read(_TEXT).people]
    assert "Алмазбек Джумабаев" in names
    assert "Фирдавс Назаров" in names
    assert "Сухроб Алиев" in names


def test_nominatives_and_women_stay() -> None:
    names = [p.name for p in read(_TEXT).people]
    assert "Озод Назарбеков" in names
    assert "Айжан Бектурганова" in names
    assert "Гульнора Абдыкадырова" in names
