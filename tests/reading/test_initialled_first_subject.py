"""An organisation no vocabulary knows, spelled out before the initials it goes by, signs as
that short name when it is the first of two subjects of the signing ("la Banque sahélienne
de développement (BSD) et le Niger ont signé"), as it already did after "with"/"avec" or
right before the verb."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def sides(text: str) -> list[list[str]]:
    reading = read(("Le Niger obtient un prêt\n\n" + text).encode(), "article.txt")
    return [sorted(a.parties) for a in reading.agreements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Banque sahélienne de développement (BSD) et le Niger ont signé un accord de "
            "prêt pour une route.",
            [["BSD", "NER"]],
        ),
        (
            "La Société nigérienne des produits pétroliers (SONIDEP) et la société Wafa Energy "
            "ont signé un contrat de fourniture.",
            [["SONIDEP", "Wafa Energy"]],
        ),
        (
            "The Kora Development Bank (KDB) and the Niger government signed a loan agreement "
            "for a road.",
            [["KDB", "NER"]],
        ),
    ],
)
def test_the_first_of_two_subjects_signs(text, expected):
    assert sides(text) == expected


def test_a_state_institution_stays_its_state():
    text = (
        "Le Centre de promotion des exportations (CEPEX) et le Niger ont signé un "
        "mémorandum sur le commerce."
    )
    assert "CEPEX" not in {p for s in sides(text) for p in s}
