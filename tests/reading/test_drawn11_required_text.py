"""A text named as what something requires, with an indefinite article ("the route requires a
separate transit agreement", "le projet nécessite un accord avec le Niger"), is a condition:
no text signed nor announced (SPEC lists the agreements the text identifies). Invented
sentences; the sentence's own signed text is kept."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Nepal and Bangladesh signed a memorandum on power trade in Dhaka. Power would be "
        "wheeled through the Indian grid, which requires a separate tripartite power purchase "
        "agreement with India.",
        "Zambia and Angola signed an agreement on a railway link in Lusaka. Exports through "
        "Namibia would require a separate transit agreement with Windhoek.",
        "Laos and Cambodia signed a memorandum on power trade in Phnom Penh. Power would flow "
        "through the Thai grid, which requires a separate power purchase agreement involving "
        "Thailand's EGAT.",
        "Le Niger et le Bénin ont signé un accord sur le pétrole à Niamey. Le transit par le "
        "Togo nécessite un accord de transit distinct impliquant la société WAPCO.",
        "Chad and Cameroon signed an agreement on power in Yaounde. Supplies to Nigeria would "
        "require a power purchase agreement involving Transcorp Power.",
        "Le Burkina Faso et le Ghana ont signé un accord sur l'électricité à Accra. "
        "L'exportation vers le Mali nécessiterait un contrat d'achat impliquant la société EDM.",
    ],
)
def test_the_required_text_is_no_text(text):
    agreements = read(text.encode(), "article.txt").agreements
    assert len(agreements) == 1
    assert agreements[0].status == "signed"
