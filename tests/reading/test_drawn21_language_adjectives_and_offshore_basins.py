"""A language's adjective and an oil basin named between its words (session 27, drawA27).

Invented sentences. English joins a nationality adjective to "language" or "speaking" by a
hyphen ("Portuguese-language culture", "French-speaking countries"): that is a language, not
a state that acts (SPEC: top-level `parties` hold those that act), and "the two countries"
of the sentence stay the story's two. An offshore basin is an oil and gas province even with
its name between the words ("the offshore Kwanza basin", "le bassin offshore du Rovuma"):
SPEC puts oil and gas in `energy`, not `water`.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-05-02 Ghana and Kenya signed agreements on health and trade on Monday in "
        "Accra. A further memorandum commits the two countries to cooperate on tourism and on "
        "the promotion of French-language culture.",
        "date 2024-05-02 Ghana and Kenya signed agreements on health and trade on Monday in "
        "Accra. A further memorandum commits the two countries to promote Spanish-speaking "
        "cinema and tourism.",
    ],
)
def test_hyphened_language_adjective_is_no_state(text: str) -> None:
    reading = read(text)
    assert reading.parties == ["GHA", "KEN"]
    assert all(a.parties == ["GHA", "KEN"] for a in reading.agreements)


@pytest.mark.parametrize(
    "phrase",
    [
        "a memorandum to study joint exploration in the offshore Rovuma basin",
        "exploration in Namibia's offshore Orange basin",
        "l'exploration conjointe dans le bassin offshore du Rovuma",
    ],
)
def test_offshore_basin_with_its_name_is_oil(phrase: str) -> None:
    from suivi.reading.sectors import sectors_of

    assert sectors_of(phrase) == ["energy"]


@pytest.mark.parametrize(
    "phrase", ["the Niger river basin authority", "le bassin du fleuve Sénégal"]
)
def test_river_basin_stays_water(phrase: str) -> None:
    from suivi.reading.sectors import sectors_of

    assert sectors_of(phrase) == ["water"]
