"""Shapes the reader missed on drawn Russian documents (session 17, drawE17).

Each test holds sentences invented for it (states, companies and people real or made up, in
press style): state companies of Central Asia and Mongolia named in Cyrillic have the Latin
name they write themselves.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(a.status, sorted(a.parties), sorted(a.sectors)) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Государственный концерн «Туркменгаз» и компания «Лукойл» подписали в Ашхабаде "
            "соглашение о разведке газовых месторождений.",
            "Türkmengaz",
        ),
        (
            "State concern Turkmengas and Lukoil signed in Ashgabat an agreement on gas "
            "exploration.",
            "Türkmengaz",
        ),
        (
            "АО «Самрук-Энерго» и компания «Росатом» подписали в Астане меморандум о "
            "строительстве солнечной электростанции.",
            "Samruk-Energy",
        ),
        (
            "ОАО «РЖД» и АО «Улан-Баторская железная дорога» заключили договор о поставке "
            "локомотивов.",
            "Ulaanbaatar Railway",
        ),
    ],
)
def test_state_companies_in_their_own_latin(text: str, party: str) -> None:
    reading = read(text)
    assert party in reading.parties
    assert any(party in a.parties for a in reading.agreements)
