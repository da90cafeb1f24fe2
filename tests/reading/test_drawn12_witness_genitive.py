"""A Russian witness is the genitive its word governs, no further: «В присутствии двух
президентов глава "Лукойла" … и министр нефти Ирака … подписали контракт» has the company and
the state as its sides; the witness phrase ran on through «глава "Лукойла"», so the company
was taken for a witness and the story's states signed in its place. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str):
    return agreements_of(text, "ru", published="2025-08-20")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Президент Ирака и президент Египта провели переговоры. В присутствии двух "
            'президентов глава "Лукойла" Вагит Алекперов и министр нефти Ирака Хайян Абдель '
            "Гани подписали контракт на разработку месторождения.",
            {"Lukoil", "IRQ"},
        ),
        (
            "Премьер-министры Китая и Вьетнама встретились в Ханое. В присутствии глав "
            'правительств председатель правления "Газпрома" Алексей Миллер и председатель '
            "совета директоров Sinopec Ма Юншэн подписали меморандум о поставках газа.",
            {"Gazprom", "Sinopec"},
        ),
        (
            "Лидеры Казахстана и Китая провели встречу в Астане. В присутствии лидеров двух "
            'стран генеральный директор "Росатома" Алексей Лихачёв и министр энергетики '
            "Казахстана Алмасадам Саткалиев подписали соглашение о строительстве АЭС.",
            {"Rosatom", "KAZ"},
        ),
        (
            "Президенты Узбекистана и Турции провели переговоры. В присутствии глав государств "
            "председатель правления CNPC Дай Хоулян и министр энергетики Узбекистана Журабек "
            "Мирзамахмудов подписали контракт на поставку газа.",
            {"CNPC", "UZB"},
        ),
        (
            "Президенты Египта и Судана провели встречу. В присутствии президентов двух стран "
            'глава "Роснефти" Игорь Сечин и министр энергетики Египта Карим Бадави подписали '
            "соглашение о поставках нефти.",
            {"Rosneft", "EGY"},
        ),
    ],
)
def test_the_signers_after_a_witness_genitive_are_the_sides(text, sides):
    [agreement] = read(text)
    assert set(agreement.parties) == sides
