"""A body the signatories set up ("The three signatories also agreed to set up a Joint
Steering Committee", "Les signataires ont convenu de créer un comité de pilotage conjoint",
«Подписанты договорились создать совместный координационный комитет») sits between the
sides of the text signed just before, not the story's two states. Invented stories."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The tripartite memorandum was signed by Kenya's Ministry of Energy, Siemens and "
            "TotalEnergies for a wind farm in Ethiopia. The three signatories also agreed to set "
            "up a Joint Steering Committee to oversee the project.",
            {"KEN", "Siemens", "TotalEnergies"},
        ),
        (
            "The memorandum was signed by Ghana's Ministry of Energy and Huawei for a data "
            "centre near Lome in Togo. The signatories agreed to set up a Joint Technical "
            "Committee that will meet every quarter.",
            {"GHA", "Huawei"},
        ),
        (
            "Le mémorandum a été signé par le ministère de l'Énergie du Sénégal, Rosatom et "
            "TotalEnergies pour une centrale au Mali. Les trois signataires ont convenu de créer un "
            "comité de pilotage conjoint.",
            {"SEN", "Rosatom", "TotalEnergies"},
        ),
        (
            "The agreement was signed by Zambia's Ministry of Mines, Rosatom and Huawei for a "
            "research centre in Malawi. The signing parties will form a Joint Coordination "
            "Committee meeting twice a year.",
            {"ZMB", "Rosatom", "Huawei"},
        ),
        (
            "The tripartite agreement was signed by Uganda's Ministry of Energy, DP World and "
            "Siemens for a port in Kenya. The three signatories also agreed to establish a Joint "
            "Monitoring Committee.",
            {"UGA", "DP World", "Siemens"},
        ),
    ],
)
def test_the_body_sits_between_the_signatories(text, sides):
    bodies = read(text.encode(), "article.txt").bodies
    assert bodies
    assert set(bodies[0].parties) == sides
