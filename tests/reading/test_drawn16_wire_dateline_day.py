"""A wire's dateline gives the day without its year ("LIMA, April 9 (Andes Wire) - …"): under
a crawl line that gives only the month, a day of that month is the page's own (SPEC:
`published`, the most precise date the page gives for itself). A day of another month stays
out: the crawl line's month is kept (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "date 2025-04 Peru, Chile sign a port deal - Andes Wire\n"
            "LIMA, April 9 (Andes Wire) - Peru and Chile signed a memorandum on ports on "
            "Wednesday.\n",
            "2025-04-09",
        ),
        (
            "date 2025-04 Pérou et Chili signent un accord - Fil andin\n"
            "LIMA, 9 avril (Fil andin) - Le Pérou et le Chili ont signé mercredi un mémorandum "
            "sur les ports.\n",
            "2025-04-09",
        ),
        (
            "date 2025-04 Peru, Chile sign a port deal - Andes Wire\n"
            "LIMA, March 30 (Andes Wire) - Peru and Chile signed a memorandum on ports on "
            "Monday.\n",
            "2025-04",
        ),
    ],
)
def test_the_dateline_day_in_the_crawl_month(text, published):
    assert read(text.encode(), "article.txt").document.published == published
