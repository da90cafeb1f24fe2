"""Given names written short with a stop, as their bearers write them ("Ma." for María in
Filipino names, "Mohd." for Mohammed in Malaysian ones): the stop ends no sentence and the
name keeps its first word. An office after an organisation's initials, as a table of
signatories names it ("PCG Commandant", "NCCA Chairperson"), is no one's name. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _names(text: str) -> set[str]:
    return {p.name for p in read(text).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MANILA - Trade Secretary Ma. Cristina Roque met the Japanese delegation on "
            "Monday to review the investment pledges.",
            "Ma. Cristina Roque",
        ),
        (
            "The talks were useful, Ma. Lourdes Villanueva told reporters in Cebu after the "
            "signing ceremony.",
            "Ma. Lourdes Villanueva",
        ),
        (
            "KUALA LUMPUR - Transport Minister Mohd. Hasan Bakri received his Thai counterpart "
            "on Tuesday.",
            "Mohd. Hasan Bakri",
        ),
        (
            "MANILA - La secrétaire Ma. Cristina Roque a reçu l'ambassadeur du Japon lundi.",
            "Ma. Cristina Roque",
        ),
    ],
)
def test_short_given_name_kept(text, name):
    assert name in _names(text)


def test_a_stop_after_a_short_word_still_ends_a_sentence():
    names = _names("The minister met Maria Santos in Lima. Then Jorge Chavez spoke to the press.")
    assert "Maria Santos" in names


@pytest.mark.parametrize(
    "text",
    [
        "The documents were signed. | PCG Commandant and Head of Bakamla",
        "The documents were signed. | NCCA Chairperson and Ambassador of Indonesia",
        "The documents were signed. | DTI Undersecretary and BPJPH Head",
    ],
)
def test_office_after_initials_is_no_person(text):
    assert _names(text) == set()
