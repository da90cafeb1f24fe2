"""A company whose site a visiting delegation tours hosts the visit (SPEC: parties host,
receive), as a known organisation whose seat is toured does: "the delegation visited on
Monday the X Company's facilities", "la délégation a visité les installations de la société
X", «делегация посетила предприятие компании «X»». Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Ghana and Hungary held political consultations in Accra on Monday. The sides "
            "discussed cocoa and pharmaceutical trade. The Hungarian delegation later visited "
            "the Volta Cocoa Processing Company's facilities in Tema, where it was received by "
            "the management.",
            "Volta Cocoa Processing Company",
        ),
        (
            "Le ministre malien des Mines a reçu mardi à Bamako son homologue turc. Les deux "
            "ministres ont évoqué la coopération minière. La délégation turque a visité mercredi "
            "les installations de la société Kayes Gold Partners, où elle a été accueillie par la "
            "direction.",
            "Kayes Gold Partners",
        ),
        (
            "Министр энергетики Казахстана принял в Астане делегацию Венгрии. Стороны обсудили "
            "поставки урана. Затем венгерская делегация посетила предприятие компании «Степной "
            "Уран Плюс», где её встретило руководство.",
            "Stepnoy Uran Plyus",
        ),
    ],
)
def test_company_whose_site_is_toured_is_a_party(text: str, company: str) -> None:
    assert company in read(text.encode(), "article.txt").parties


def test_company_named_in_passing_is_none() -> None:
    """Guard (passes on the start code too): a company only named, nobody visiting it."""
    reading = read(
        b"Ghana and Hungary held political consultations in Accra on Monday. The sides "
        b"discussed exports of the Volta Cocoa Processing Company to Europe.",
        "article.txt",
    )
    assert "Volta Cocoa Processing Company" not in reading.parties
