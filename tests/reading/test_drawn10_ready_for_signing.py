"""A text under negotiation that someone is to have "ready for signing" is planned, not mere
talk (tenth draw, drawD20). Invented sentences, en/fr (ru read already, kept as a guard)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    "Kenya and Ethiopia signed a trade agreement on Monday. An agreement on the joint "
    "management of the Omo basin is still under negotiation; the water ministers were told to "
    "have it ready for signing at the next summit.",
    "Le Niger et le Bénin ont signé lundi un accord commercial. Un accord sur la gestion "
    "commune du bassin du fleuve est toujours en cours de négociation ; les ministres de l'Eau "
    "doivent le rendre prêt pour la signature lors du prochain sommet.",
    "Казахстан и Киргизия подписали торговое соглашение. Соглашение о совместном управлении "
    "водными ресурсами бассейна реки всё ещё обсуждается; министрам поручено сделать так, "
    "чтобы оно было готово к подписанию на следующем саммите.",
]


@pytest.mark.parametrize("text", CASES)
def test_a_text_to_have_ready_for_signing_is_planned(text):
    reading = read(text.encode(), "article.txt")
    assert [a.sectors for a in reading.agreements if a.status == "planned"] == [["water"]]


def test_a_text_under_negotiation_alone_stays_talk():
    reading = read(
        b"Kenya and Ethiopia signed a trade agreement on Monday. An agreement on the joint "
        b"management of the Omo basin is still under negotiation.",
        "article.txt",
    )
    assert [a.status for a in reading.agreements] == ["signed"]
