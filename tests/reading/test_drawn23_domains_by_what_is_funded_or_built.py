"""An agreement's domain from what it supplies, builds or funds (drawE28, session 28), on
invented sentences.

- Uranium sold as a reactor's raw fuel is nuclear, not mined ore: "the supply of natural
  uranium concentrate", "la fourniture d'uranium naturel", «поставки природного урана»;
  uranium mining stays mining.
- A text about "the station" / "la centrale" / «станции» in a story that named a nuclear
  power plant before is about that plant: nuclear, however bare its own words.
- A financing agreement with no domain of its own, for "the programme" or "the project"
  its sentence names, takes the domain the text gave that programme or project before.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a contract for the supply of natural uranium concentrate", ["nuclear"]),
        ("un contrat de fourniture d'uranium naturel", ["nuclear"]),
        ("контракт на поставку природного урана", ["nuclear"]),
        ("an agreement on uranium mining", ["mining"]),
        ("exploration of uranium deposits", ["mining"]),
    ],
)
def test_uranium_sold_as_fuel_is_nuclear(phrase: str, expected: list[str]) -> None:
    assert sectors_of(phrase) == expected


@pytest.mark.parametrize(
    "text",
    [
        "АО «Энергоатом» строит в Киргизии АЭС малой мощности. Кроме того, АО «Энергоатом» и "
        "министерство энергетики Киргизии подписали дополнительное соглашение к контракту на "
        "сооружение станции.",
        "Atomenergo is building the Issyk nuclear power plant in Kyrgyzstan. Atomenergo and "
        "the Kyrgyz energy ministry also signed an amendment to the contract to build the "
        "plant.",
        "Atomenergo construit la centrale nucléaire d'Issyk au Kirghizstan. Atomenergo et le "
        "ministère kirghiz de l'Énergie ont aussi signé un avenant au contrat de construction "
        "de la centrale.",
    ],
)
def test_the_plant_named_before_is_nuclear(text: str) -> None:
    sectors = [a.sectors for a in read(text).agreements]
    assert sectors and all("nuclear" in s for s in sectors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le comité de pilotage du Programme d'électrification rurale du Cameroun s'est "
            "réuni à Garoua. Le programme bénéficie d'un financement additionnel de la Banque "
            "mondiale, objet d'un accord de financement signé à Washington par le Cameroun.",
            "energy",
        ),
        (
            "The steering committee of the Ghana rural electrification project met in Tamale. "
            "The project receives a World Bank credit under a financing agreement that Ghana "
            "signed in Washington in May.",
            "energy",
        ),
    ],
)
def test_a_financing_agreement_takes_the_programmes_domain(text: str, expected: str) -> None:
    found = read(text).agreements
    assert [a.sectors for a in found] == [[expected]]
