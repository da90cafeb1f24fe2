"""Companies with Spanish or Portuguese names, whose particles (de, del, da, do, dos, y, e)
are lower case: after a word that introduces a company ("Chilean state copper company
Empresa Nacional de Minería"), or opened by a company's head word where they sign
("between Empresa Nacional de Electricidad and …"); their short name, in brackets or made
of their initials, said later, is the same party.

SPEC: "any company by its own name as the text spells it"; a state named inside a company's
name is its home, not a side. Sentences written for these tests, with invented companies.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading import gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zambia signed a memorandum with Chilean state copper company Empresa Nacional de "
            "Minería on Tuesday.",
            ["Empresa Nacional de Minería", "ZMB"],
        ),
        (
            "Le Sénégal a signé un accord avec la compagnie pétrolière Petróleos del Sur de "
            "Colombia sur le raffinage.",
            ["Petróleos del Sur de Colombia", "SEN"],
        ),
        (
            "Angola signed a contract with Brazilian miner Companhia Mineira do Vale Verde on "
            "iron ore.",
            ["AGO", "Companhia Mineira do Vale Verde"],
        ),
        # no trigger: the head word opens the name where it signs
        (
            "The contract was signed between Empresa Nacional de Transmisión Eléctrica and "
            "Ghana's Volta River Authority.",
            ["Empresa Nacional de Transmisión Eléctrica", "GHA"],
        ),
        (
            "Mozambique signed a gas agreement with Sociedade Nacional de Combustíveis e "
            "Lubrificantes on Friday.",
            ["MOZ", "Sociedade Nacional de Combustíveis e Lubrificantes"],
        ),
        # a state inside the name is its home, not a side
        (
            "Le Mali a signé une convention avec Corporación Minera de Bolivia sur le lithium.",
            ["Corporación Minera de Bolivia", "MLI"],
        ),
    ],
)
def test_iberian_company_is_a_side(text, expected):
    assert expected in agreement_sides(text)


@pytest.mark.parametrize(
    ("text", "code", "short"),
    [
        (
            "Peru signed a memorandum with state oil company Empresa Petrolera del Pacífico "
            "(EPEPAC) on Monday. EPEPAC will drill three wells.",
            "Empresa Petrolera del Pacífico",
            "EPEPAC",
        ),
        (
            "Ecuador signed a memorandum with state lithium company Yacimientos de Cobre "
            "Andinos on Monday. The YCA-Codelco plan covers two mines.",
            "Yacimientos de Cobre Andinos",
            "YCA",
        ),
    ],
)
def test_short_name_said_later_is_the_company(text, code, short):
    mentions = gazetteer.find_mentions(text, "en")
    later = [m for m in mentions if m.surface == short]
    assert later and all(m.code == code for m in later)


def test_short_name_in_brackets_is_no_second_mention():
    text = "Peru signed a memorandum with Empresa Petrolera del Pacífico (EPEPAC) on Monday."
    assert [m.surface for m in gazetteer.find_mentions(text, "en") if m.kind == "organisation"] == [
        "Empresa Petrolera del Pacífico"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a particle after a company's name that no capital follows ends it
        "The company Petrobras de facto leads the consortium with Angola.",
        # a head word alone names nothing
        "Bolivia signed a deal with the Empresa on Monday.",
    ],
)
def test_no_longer_name(text):
    codes = {m.code for m in gazetteer.find_mentions(text, "en") if m.kind == "organisation"}
    assert not any(" de " in code or code == "Empresa" for code in codes)
