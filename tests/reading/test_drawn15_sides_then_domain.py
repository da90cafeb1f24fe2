"""A text's sides named by their ministries, then what it is about: «меморандум между
Министерством транспорта Узбекистана и Министерством экономики и устойчивого развития
Грузии о развитии транспортного маршрута». The portfolios (economy, sustainable development)
were read as the memorandum's domains beside transport; the sides are who signs, the words
after «о» / "on" / "sur" say what it is about when they name a domain. Where they name none,
the portfolios still say it (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "ТАШКЕНТ, 11 ноября. Стороны подписали меморандум между Министерством транспорта "
        "Узбекистана и Министерством экономики и устойчивого развития Грузии о развитии "
        "международного транспортного маршрута.",
        "TASHKENT, 11 November. The sides signed a memorandum between the Ministry of Finance "
        "of Uzbekistan and the Ministry of Economy and Sustainable Development of Georgia on "
        "road transport.",
        "TACHKENT, 11 novembre. Les parties ont signé un mémorandum entre le ministère de "
        "l'Économie et des Finances de l'Ouzbékistan et le ministère de l'Environnement de "
        "Géorgie sur le transport routier.",
    ],
)
def test_the_domain_after_the_sides(text):
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["transport"]


def test_the_portfolios_when_nothing_follows():
    (agreement,) = read(
        "ТАШКЕНТ, 11 ноября. Стороны подписали меморандум между Министерством здравоохранения "
        "Узбекистана и Министерством здравоохранения Грузии о сотрудничестве."
    ).agreements
    assert agreement.sectors == ["health"]
