"""Shapes of language the drawn documents of session 17 showed the reader missing (drawA17):
Westminster honorifics before and after a name, compound adjectives of states whose
name holds another state's, ... Every sentence here is invented."""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer
from suivi.reading.pipeline import read


def _people(text: str) -> set[str]:
    return {p.name for p in read(text).people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiji and Kenya met in Suva. Fiji's Minister for Trade, the Hon Manoa Kamikamica MP, "
            "led the talks.",
            {"Manoa Kamikamica"},
        ),
        (
            "Samoa and New Zealand held talks. The talks were chaired by Senator the Hon Jane "
            "Morrow and the Rt Hon Peter Ashdown MP.",
            {"Jane Morrow", "Peter Ashdown"},
        ),
        (
            "Vanuatu and Australia signed a memorandum. The Honourable Ralph Tavoa OBE signed "
            "for Vanuatu.",
            {"Ralph Tavoa"},
        ),
    ],
)
def test_westminster_honorifics_introduce_a_name(text, expected):
    assert expected <= _people(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Papua New Guinean students and Guinean ones", "en", ["PNG", "GIN"]),
        ("les étudiants papouan-néo-guinéens et guinéens", "fr", ["PNG", "GIN"]),
    ],
)
def test_adjective_of_a_state_whose_name_holds_another(text, lang, expected):
    assert [m.code for m in gazetteer.find_mentions(text, lang)] == expected
