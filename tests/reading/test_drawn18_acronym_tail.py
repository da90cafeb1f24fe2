"""A state institution's long name whose acronym follows in brackets is one name, even where
the NER reads only its last words as an organisation ("between Ghana's Food and Drugs
Administration and Control (FDAC)" read as "Control (FDAC)"): the acronym's letters spell the
capitalised words back to the name's head, and the whole name, an institution's, stands for
its state (SPEC). A company's name so spelled stays a party. The NER splits such names in
English; the grammar is checked in French and Russian on its own. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading import counterparts
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and India signed a memorandum on medicines between Ghana's Food and Drugs "
        "Administration and Control (FDAC) and India's regulator.",
        "Ghana and India on Tuesday signed two memoranda of understanding in Accra. The "
        "memoranda cover trade and drug regulation, the latter between Ghana's National Agency "
        "for Food and Drug Administration and Control (NAFDAC) and its Indian counterpart.",
    ],
)
def test_the_agency_is_its_state(text):
    reading = read(text)
    assert sorted(reading.parties) == ["GHA", "IND"]
    assert all(sorted(a.parties) == ["GHA", "IND"] for a in reading.agreements)


def test_a_company_so_spelled_stays_a_party():
    reading = read(
        "Ghana signed a power purchase agreement between the Ministry of Energy and Volta "
        "Power and Lighting Company (VPLC) on Monday."
    )
    assert "Volta Power and Lighting Company" in reading.parties


@pytest.mark.parametrize(
    "text, head",
    [
        ("entre l'Autorité de Régulation des Médicaments et de Contrôle", "Autorité"),
        ("между Агентством Медицинского Надзора и Контроля", "Агентством"),
    ],
)
def test_the_initials_spell_the_whole_name(text, head):
    acronym = "ARMC" if text.startswith("entre") else "АМНК"
    start = counterparts._acronym_start(text, len(text), acronym)
    assert start is not None and text[start:].startswith(head)
    assert counterparts._acronym_start(text, len(text), "XYZ") is None
    named = f"{text} ({acronym}) et"
    last_word = text.rfind(" ") + 1  # the NER's "Contrôle", «Контроля» alone
    assert counterparts._tail_of_institution(named, last_word, len(text))
