"""A crawl line's day dates the page, not a wire dateline below it (session 19, drawA19).

"date 2025-04-08 TITLE - SITE" then "Accra, 7 avril 2025 (APS) – ...": the dateline dates
the event the dispatch reports (often the day before the page); the page's own date is the
crawl line's when it gives the day. A crawl line with the month only still lets the dateline
give the day. Documents invented for the tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "body",
    [
        "Accra, 7 avril 2025 (APS) – Le Ghana et le Togo ont signé un accord sur le transport "
        "routier.",
        "Accra, April 7, 2025 (GNA) - Ghana and Togo signed an agreement on road transport.",
        "Аккра, 7 апреля 2025 года. Гана и Того подписали соглашение о дорожном транспорте.",
    ],
)
def test_crawl_day_beats_the_dateline(body: str) -> None:
    text = f"date 2025-04-08 Deux voisins signent - Exemple.com\n{body}\n"
    assert read(text).document.published == "2025-04-08"


def test_crawl_month_leaves_the_day_to_the_dateline() -> None:
    text = (
        "date 2025-04 Deux voisins signent - Exemple.com\nAccra, 7 avril 2025 (APS) – Le Ghana "
        "et le Togo ont signé un accord sur le transport routier.\n"
    )
    assert read(text).document.published == "2025-04-07"
