"""A zone two states work together at sea is their oil and gas field's ("la zone d'intérêt
commun", "the joint development zone", «зона совместной разработки»), and a barrel is oil's:
an agreement on such a zone, or on one that "never produced a barrel", is an energy text.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "LUANDA - Le Congo et l'Angola ont signé mardi un accord sur la gestion de la zone "
        "d'intérêt commun.",
        "ABUJA - Nigeria and Sao Tome and Principe signed an agreement on the joint development "
        "zone on Tuesday.",
        "МОСКВА - Россия и Норвегия подписали соглашение о зоне совместной разработки.",
        "DAKAR - Le Sénégal et la Guinée-Bissau ont signé en 1993 un accord qui n'a jamais "
        "produit un baril.",
    ],
)
def test_a_joint_zone_is_energy(text):
    agreements = read(text).agreements
    assert agreements and all(a.sectors == ["energy"] for a in agreements)
