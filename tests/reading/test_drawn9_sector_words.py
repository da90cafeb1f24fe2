"""Words of a domain the vocabularies missed or misread (session 20, drawA20).

Invented sentences. Telecoms regulators agree on radio spectrum, roaming and number
portability (SPEC: telecoms are `digital`), which read as nothing or as border security; a
deep-water port is a port, not `water`; a road section ("tronçon") to build is a road (SPEC:
roads are `infrastructure`); a one-stop border post is customs work (SPEC: `trade`), not
border security.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-03-04 Le Gabon et le Congo ont signé jeudi à Libreville une convention sur "
        "la gestion des fréquences radioélectriques dans les zones frontalières.",
        "date 2025-03-04 Les régulateurs du Niger et du Bénin ont signé un protocole d'accord "
        "sur l'itinérance mobile et la portabilité des numéros.",
        "date 2025-03-04 Ghana and Togo signed on Monday a memorandum of understanding on "
        "roaming charges and frequency coordination.",
    ],
)
def test_spectrum_roaming_and_portability_are_telecoms(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["digital"]


def test_a_road_section_to_a_deep_water_port_is_a_road_not_water() -> None:
    text = (
        "date 2025-03-04 La Guinée et la Sierra Leone ont signé un contrat avec la société "
        "Sogea pour l'aménagement du tronçon Kindia-Mamou, qui desservira le port en eau "
        "profonde."
    )
    (agreement,) = read(text).agreements
    assert "infrastructure" in agreement.sectors
    assert "water" not in agreement.sectors


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-03-04 Le Togo et le Burkina Faso ont signé un accord sur le transit des "
        "marchandises, qui prévoit un guichet unique à la frontière de Cinkassé.",
        "date 2025-03-04 Le Niger et le Bénin ont signé un accord sur le transit des "
        "marchandises, qui crée des postes de contrôle juxtaposés à la frontière de Malanville.",
    ],
)
def test_a_one_stop_border_post_is_customs_not_security(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["trade"]
