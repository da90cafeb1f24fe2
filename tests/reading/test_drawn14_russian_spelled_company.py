"""A Russian company's name with its head word («корпорация», «компания», «концерн»,
«предприятие») among lower-case adjectives and its state's genitive, glossed by a short name
in brackets, is a company that signs by that short name: «Национальная нефтяная корпорация
Анголы (ANPC)» is ANPC, not Angola (SPEC: a company, even a state-owned one, is a party of its
own; the state inside its name is its home). French already reads "la Société nationale … (X)"
so; a ministry or an agency with a short name stays its state. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> list[frozenset[str]]:
    return [frozenset(a.parties) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Компания «Лукойл» и Национальная нефтяная корпорация Анголы (ANPC) подписали "
            "меморандум о разведке нефти.",
            {"Lukoil", "ANPC"},
        ),
        (
            "Россия и Мозамбик подписали соглашение о торговле. Кроме того, Госкорпорация "
            "«Росатом» и Национальная электрическая компания Мозамбика (EDMZ) подписали "
            "меморандум об энергетике.",
            {"Rosatom", "EDMZ"},
        ),
        (
            "Министерство энергетики Египта и Государственная газовая компания Алжира (SGCA) "
            "подписали меморандум о поставках газа.",
            {"EGY", "SGCA"},
        ),
        (
            "TotalEnergies et la Société nationale des pétroles du Tchad (SNPT) ont signé un "
            "mémorandum sur l'exploration pétrolière.",
            {"TotalEnergies", "SNPT"},
        ),
    ],
)
def test_company_signs_by_its_short_name(text, sides):
    assert _sides(text)[-1] == frozenset(sides)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Компания «Лукойл» и Национальное агентство нефти Анголы (ANPA) подписали "
            "меморандум о разведке нефти.",
            {"Lukoil", "AGO"},
        ),
    ],
)
def test_an_agency_stays_its_state(text, sides):
    assert _sides(text) == [frozenset(sides)]
