"""A wire dateline may carry its place's country in brackets: "COBIJA (Bolivie), 21 avril 2026
(ALD) -", "GOMA (DR Congo), 14 May 2026 -", «ХУДЖАНД (Таджикистан), 5 мая 2026 года –». The
date after it is the page's own (as for "Accra, May 14, 2024 -"). A bracket that is no
country's between a place and a plain sentence is no dateline (guard). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "COBIJA (Bolivie), 21 avril 2026 (ALD) - Le Pérou et la Bolivie ont signé lundi un "
            "accord sur la sécurité frontalière.",
            "2026-04-21",
        ),
        (
            "GOMA (DR Congo), 14 May 2026 - Rwanda and the DR Congo signed a trade agreement on "
            "Wednesday.",
            "2026-05-14",
        ),
        (
            "ХУДЖАНД (Таджикистан), 5 мая 2026 года – Таджикистан и Узбекистан подписали "
            "соглашение о торговле.",
            "2026-05-05",
        ),
    ],
)
def test_a_bracketed_country_keeps_the_dateline(text, published):
    assert read(text).document.published == published
