"""A binational authority is a standing organ of two states, as a binational cabinet or
commission is: "l'Autorité binationale du lac Titicaca", "the Binational Authority of Lake
Titicaca", by which two states run a shared lake or river. A state's own authority is none
(guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le Pérou et la Bolivie ont signé lundi un accord sur la gestion des eaux. L'Autorité "
        "binationale du lac Titicaca, créée en 1996, sera chargée d'en suivre l'application.",
        "Peru and Bolivia signed a water agreement on Monday. The Binational Authority of Lake "
        "Titicaca, set up in 1996, will oversee its implementation.",
    ],
)
def test_a_binational_authority_is_a_body(text):
    bodies = read(text).bodies
    assert any("binational" in b.name.lower() and set(b.parties) == {"BOL", "PER"} for b in bodies)


def test_a_national_authority_is_no_body():
    reading = read(
        "Le Pérou et la Bolivie ont signé lundi un accord sur la gestion des eaux. L'Autorité "
        "nationale de l'eau du Pérou sera chargée d'en suivre l'application."
    )
    assert reading.bodies == []
