"""A company named by its capitals, its name spelled out after them in brackets ("la SPD
(Société des pêcheries de Dakar)", "LEC (Liberia Electricity Corporation)"), signs as itself
(SPEC): the brackets no longer hide it from the signing verb, and a state named inside them
is its home, no side. A company whose head signs beside a minister of a state the clause does
not name ("Le ministre des Mines, X, et le directeur général de Y ont signé") signs with that
one state, the story's first, as "avec" it, not with the story's two states. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text, sides",
    [
        (
            "Le Sénégal et le Maroc ont tenu un forum d'affaires à Dakar le 3 mars 2026.\n\n"
            "La SPD (Société des pêcheries de Dakar) et la société marocaine Halieutis ont "
            "signé un contrat de fourniture de poisson.",
            ["Halieutis", "SPD"],
        ),
        (
            "Le Ghana et le Maroc ont tenu un forum d'affaires à Accra le 3 mars 2026.\n\n"
            "La CBA (Compagnie des bauxites d'Awaso) et la société marocaine Halieutis ont "
            "signé un contrat de transport.",
            ["CBA", "Halieutis"],
        ),
        (
            "Liberia and the United Arab Emirates held a business forum in Monrovia on 3 "
            "March 2026.\n\nLEC (Liberia Electricity Corporation) and Masdar signed a supply "
            "contract for a solar plant.",
            ["LEC", "Masdar"],
        ),
    ],
)
def test_the_company_spelled_after_its_capitals_signs(text, sides):
    reading = read(text)
    assert [sorted(a.parties) for a in reading.agreements] == [sides]
    assert sides[0] in reading.parties and sides[1] in reading.parties


def test_its_head_signs_for_it_beside_a_minister():
    reading = read(
        "Le Sénégal et les Émirats arabes unis ont tenu un forum d'investissement à Dakar le "
        "3 mars 2026.\n\nLe ministre des Mines, Amadou Diallo, et le directeur général de la "
        "SMK (Société minière de Kédougou), Paul Martin, ont signé une convention minière."
    )
    assert [sorted(a.parties) for a in reading.agreements] == [["SEN", "SMK"]]


@pytest.mark.parametrize(
    "text, state, company",
    [
        (
            "Le Sénégal et les Émirats arabes unis ont tenu un forum d'investissement à Dakar "
            "le 3 mars 2026.\n\nLe ministre des Mines, Amadou Diallo, et le directeur général "
            "de Kédougou Gold, Paul Martin, ont signé une convention minière.",
            "SEN",
            "Kédougou Gold",
        ),
        (
            "Ghana and the United Arab Emirates held an investment forum in Accra on 3 March "
            "2026.\n\nThe Minister of Mines, John Mensah, and the chief executive of Ashanti "
            "Bullion, Paul Owusu, signed a mining convention.",
            "GHA",
            "Ashanti Bullion",
        ),
        (
            "Гана и Объединённые Арабские Эмираты провели инвестиционный форум в Аккре 3 марта "
            "2026 года.\n\nМинистр горнорудной промышленности Джон Менса и генеральный "
            "директор компании «Ашанти Буллион» Пол Оусу подписали соглашение о добыче золота.",
            "GHA",
            "Ashanti Bullion",
        ),
    ],
)
def test_a_company_beside_a_minister_signs_with_one_state(text, state, company):
    reading = read(text)
    assert [sorted(a.parties) for a in reading.agreements] == [sorted([state, company])]


def test_a_named_state_beside_the_minister_still_signs():
    """Guard: the minister's state named in the clause keeps the reading of the base."""
    reading = read(
        "Le Sénégal et les Émirats arabes unis ont tenu un forum d'investissement à Dakar le "
        "3 mars 2026.\n\nLe ministre émirien de l'Économie, Abdulla Al Marri, et le directeur "
        "général de Kédougou Gold, Paul Martin, ont signé une convention minière."
    )
    assert [sorted(a.parties) for a in reading.agreements] == [["ARE", "Kédougou Gold"]]
