"""A state admitted into an organisation by its member states (session 27, drawA27).

Invented sentences. "The ten member states signed the Declaration on the Admission of
Timor-Leste into ASEAN": the member states are the subject that signs, so the text binds the
members and not the state its title admits; and a state's admission into an organisation is
foreign affairs (SPEC: `diplomacy`), while a pupil's admission into a school stays
education's.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def test_member_states_signing_bind_the_members_only() -> None:
    text = (
        "date 2025-10-28 Leaders of the Association of Southeast Asian Nations (ASEAN) met in "
        "Kuala Lumpur. The ten member states signed the Declaration on the Admission of "
        "Timor-Leste into ASEAN on Sunday, with Timor-Leste's Prime Minister taking his seat."
    )
    (declaration,) = read(text).agreements
    assert "TLS" not in declaration.parties
    assert len(declaration.parties) == 10
    assert declaration.sectors == ["diplomacy"]


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("the Declaration on the Admission of Timor-Leste into ASEAN", ["diplomacy"]),
        ("la déclaration sur l'admission du Soudan du Sud au sein de la CAE", ["diplomacy"]),
        ("декларация о приёме Египта в члены БРИКС", ["diplomacy"]),
        ("the admission of foreign students into public universities", ["education"]),
    ],
)
def test_admission_into_an_organisation_is_diplomacy(phrase: str, sectors: list[str]) -> None:
    assert sectors_of(phrase) == sectors
