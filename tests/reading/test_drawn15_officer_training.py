"""Training the army's officers is defence, not education: "la formation des officiers",
"officer training", "the training of officers", «подготовка офицеров». A military framework
agreement that "covers the training of officers and the exchange of intelligence in the
fight against terrorism" was read defence, education and security, three sectors where
its content names two. Officers of police or customs are not the army's: their training
stays what it was. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Le Sénégal et le Mali ont signé un accord-cadre de coopération militaire. "
        "L'accord-cadre couvre la formation des officiers, l'entretien des équipements et "
        "l'échange de renseignements dans la lutte contre le terrorisme.",
        "Ghana and Togo signed a military cooperation framework agreement. The framework "
        "agreement covers the training of officers, the upkeep of equipment and the exchange "
        "of intelligence in the fight against terrorism.",
        "Армения и Беларусь подписали рамочное соглашение о военном сотрудничестве. Рамочное "
        "соглашение охватывает подготовку офицеров, обслуживание техники и обмен "
        "разведданными в борьбе с терроризмом.",
    ],
)
def test_officer_training_in_a_defence_text_is_defence(text: str) -> None:
    (agreement,) = read(text).agreements
    assert "education" not in agreement.sectors and "defence" in agreement.sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("un accord sur la formation des officiers", ["defence"]),
        ("an agreement on officer training", ["defence"]),
        ("соглашение о подготовке офицеров", ["defence"]),
        ("un accord sur la formation des officiers de police", ["education", "security"]),
        ("an agreement on the training of police officers", ["education", "security"]),
        ("соглашение о подготовке офицеров полиции", ["education", "security"]),
    ],
)
def test_officers_of_the_army_not_of_the_police(text: str, sectors: list[str]) -> None:
    assert sorted(sectors_of(text)) == sectors
