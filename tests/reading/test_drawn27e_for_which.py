"""A text told in a relative clause after the thing it is for ("including the Bui dam, for
which a loan agreement was signed in 2015", «больницу в Тамале, для которой было подписано
кредитное соглашение», "l'hôpital de Tamale, pour lequel une convention de prêt a été
signée") is in that thing's field, not only money's. Invented sentences; the French one is a
guard (read on the start code too)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "The Kuwaiti Fund has financed more than 20 projects in Ghana since 1980, including "
            "the Bui dam, for which a loan agreement was signed in 2015.",
            "water",
        ),
        (
            "Кувейтский фонд профинансировал более 20 проектов в Гане, в том числе больницу в "
            "Тамале, для которой было подписано кредитное соглашение в 2015 году.",
            "health",
        ),
        (
            "Le Fonds koweïtien a financé plus de 20 projets au Ghana depuis 1980, dont l'hôpital "
            "de Tamale, pour lequel une convention de prêt a été signée en 2015.",
            "health",
        ),
    ],
)
def test_the_text_is_for_the_thing_named(text, sector):
    found = read(text.encode(), "article.txt").agreements
    assert [a.sectors for a in found] == [[sector]]
