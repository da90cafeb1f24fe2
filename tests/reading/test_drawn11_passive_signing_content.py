"""A text told signed in the passive with its signers ("The memorandum was signed by X, Y and Z
for the hydropower project", "L'accord a été signé par X et Y pour le projet solaire", «Меморандум
был подписан X и Y для проекта …») takes its content from the rest of the sentence, before any
guess from the signing ministries' portfolios. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sector", "portfolio"),
    [
        (
            "The tripartite memorandum of understanding was signed by Nepal's Ministry of Energy, Water "
            "Resources and Irrigation and India's Sutlej Corporation for the 600-megawatt Arun "
            "hydropower project.",
            "energy",
            "agriculture",
        ),
        (
            "A tripartite agreement was signed by Kenya's Ministry of Mining and Petroleum and the "
            "Chinese firm Sinohydro for the Thika water supply scheme.",
            "water",
            "mining",
        ),
        (
            "The tripartite memorandum was signed by Zambia's Ministry of Agriculture and Livestock and "
            "Huawei for a rural broadband network.",
            "digital",
            "agriculture",
        ),
        (
            "Un accord tripartite a été signé par le ministère des Mines et de l'Énergie du Togo et la "
            "société Eranove pour la centrale solaire de Blitta.",
            "energy",
            "mining",
        ),
        (
            "A tripartite accord was signed by Ghana's Ministry of Fisheries and Aquaculture and "
            "Vodafone Ghana for a mobile money platform for the digital economy.",
            "digital",
            "agriculture",
        ),
        (
            "A tripartite memorandum was signed by Uganda's Ministry of Energy and Mineral "
            "Development, Egypt's Elsewedy Electric and PowerChina for the Karuma transmission "
            "line.",
            "energy",
            "mining",
        ),
    ],
)
def test_the_content_is_the_sentence_s(text, sector, portfolio):
    agreements = read(text.encode(), "article.txt").agreements
    assert agreements
    assert sector in agreements[0].sectors
    assert portfolio not in agreements[0].sectors
