"""The company partners set up to carry a project is in the project's domain.

A shareholders' agreement or a joint venture names no domain of its own; the reader gave it
`general`, and the agreement then failed to match the one a reviewer expects. (A bare
Russian «соглашение акционеров» after a text already read is not read as a second text at all:
seen, left.)
"""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of

CASES = [
    (
        "en",
        "Zambia and Zimbabwe on Friday signed an agreement on the construction of the "
        "Batoka Gorge hydroelectric scheme on the Zambezi. The two utilities will each own "
        "half of the scheme. A shareholders' agreement setting up the project company is to "
        "be signed next year.",
    ),
    (
        "fr",
        "Le Niger et le Bénin ont signé mardi un accord sur l'exploitation du pipeline "
        "pétrolier qui relie Agadem au port de Sèmè. Les deux États détiendront chacun une "
        "part. Un pacte d'actionnaires créant la société de projet doit être signé en mars.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_project_vehicle_takes_the_projects_domain(lang, text):
    found = agreements_of(text, lang, "2025-06-01")
    assert len(found) == 2
    assert "energy" in found[1].sectors


def test_a_vehicle_with_its_own_domain_keeps_it():
    found = agreements_of(
        "Ghana and Togo signed an agreement on the Lomé–Accra power line. A joint venture "
        "agreement on fisheries was also signed.",
        "en",
        "2025-06-01",
    )
    assert found[-1].sectors == ["agriculture"]  # SPEC files fisheries under agriculture
