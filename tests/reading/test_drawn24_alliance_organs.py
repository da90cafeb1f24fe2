"""An alliance's organ named bare after another of its organs (session 28, drawH28).

"The Ministerial Council of the Gulf Cooperation Council met … the preparations for the
Supreme Council … the Free Trade Agreement between the GCC States and New Zealand": the
Supreme Council, named with no sides of its own, took the story's sides (New Zealand with
them, a partner of a trade agreement). An organ named bare where an alliance's organ was read
with its members is that alliance's. Invented sentences, en/fr (a Russian organ of an
alliance names the alliance after it, «Совет глав государств СНГ»: read already).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

GCC = {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU"}


@pytest.mark.parametrize(
    "text",
    [
        "The Ministerial Council of the Gulf Cooperation Council held its 165th session in "
        "Kuwait City. It reviewed the preparations for the 46th session of the Supreme Council, "
        "to be held in December 2025. The Council welcomed the initialling of the Free Trade "
        "Agreement between the GCC States and New Zealand.",
    ],
)
def test_bare_organ_takes_the_alliances_members(text: str) -> None:
    bodies = read(text).bodies
    supreme = [b for b in bodies if "upr" in b.name]
    assert supreme, [b.name for b in bodies]
    assert set(supreme[0].parties) == GCC


def test_bare_organ_in_french_takes_the_councils_members() -> None:
    text = (
        "Les ministres se sont réunis au sein du Conseil des ministres de la CEDEAO à Abuja. "
        "Ils ont préparé la session du Haut conseil, et salué l'accord signé avec le Maroc."
    )
    bodies = {b.name: set(b.parties) for b in read(text).bodies}
    council = bodies["Conseil des ministres"]
    assert len(council) >= 3
    assert bodies["Haut conseil"] == council


def test_bilateral_commission_keeps_its_two_sides() -> None:
    text = (
        "The Kenya-Uganda Joint Commission met in Nairobi. The two sides also agreed to set up "
        "a Joint Business Council with Tanzania."
    )
    for body in read(text).bodies:
        assert len(body.parties) <= 3
