"""The state a visitor arrives in hosts the visit and acts in the story (SPEC: parties host,
receive), even where the story names it once, by its capital or as a place ("arrived in
Kampala", "est arrivé à Ouagadougou", «прибыл в Казахстан»); a state the visitor went to
before, named with its leader, does not take its place among the sides of "the two
countries". Stories written for these tests in the style of press coverage."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading.pipeline import read

STORIES = [
    (
        "Kenyan President William Ruto arrived in Kampala on Monday for a state visit. He was "
        "received by President Yoweri Museveni.\nThe visit comes a week after Ruto travelled to "
        "Addis Ababa, where he met Ethiopian Prime Minister Abiy Ahmed.\nThe two leaders signed "
        "an agreement on energy.",
        ["KEN", "UGA"],
    ),
    (
        "Le président ghanéen John Mahama est arrivé mardi à Ouagadougou. Il s'était rendu la "
        "veille à Bamako, au Mali.\nLes deux pays ont signé un accord sur la sécurité.",
        ["BFA", "GHA"],
    ),
    (
        "Президент Узбекистана Шавкат Мирзиёев прибыл в Казахстан. Ранее он посетил Китай и "
        "встретился с Си Цзиньпином.\nСтороны подписали соглашение о торговле.",
        ["KAZ", "UZB"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORIES)
def test_the_host_of_the_visit_is_a_side_of_the_two_countries(
    text: str, expected: list[str]
) -> None:
    assert agreement_sides(text) == [expected]


def test_the_host_of_the_visit_acts() -> None:
    text, _ = STORIES[0]
    assert "UGA" in read(text).parties
