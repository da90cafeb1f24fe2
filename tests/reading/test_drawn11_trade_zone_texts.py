"""An organisation's trade zone named in a text's own words ("l'accord de libre-échange de la
zone CEFTA", "de l'espace CEFTA") makes it the organisation's text, not one between the two
states the sentence names; a text called bilateral binds those two alone, not the
organisation named beside it (eleventh draw, drawD21). Invented sentences, fr."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "L'Albanie et la Moldavie ont tenu des consultations à Tirana. Les deux pays restent "
        "liés par l'accord de libre-échange de la zone CEFTA et par un accord bilatéral de "
        "coopération économique signé en 2017.",
        ["ALB", "MDA"],
    ),
    (
        "La Jordanie et la Tunisie ont tenu des consultations à Amman. Les deux pays restent "
        "liés par l'accord de libre-échange de la zone GAFTA et par un accord bilatéral sur "
        "le tourisme signé en 2015.",
        ["JOR", "TUN"],
    ),
    (
        "La Suisse et l'Islande ont tenu des consultations à Berne. Les deux pays sont liés "
        "par la convention de la zone AELE et par un accord bilatéral sur la pêche conclu en "
        "2012.",
        ["CHE", "ISL"],
    ),
    (
        "Le Monténégro et la Bosnie-Herzégovine ont tenu des consultations à Podgorica. Les "
        "deux pays restent liés par l'accord de libre-échange de l'espace CEFTA et par un "
        "accord bilatéral sur les transports signé en 2014.",
        ["BIH", "MNE"],
    ),
    (
        "Le Maroc et l'Égypte ont tenu des consultations à Rabat. Les deux pays restent liés "
        "par l'accord de libre-échange de la zone PAFTA et par un accord bilatéral sur "
        "l'énergie signé en 2011.",
        ["EGY", "MAR"],
    ),
]


@pytest.mark.parametrize(("text", "sides"), CASES, ids=range(len(CASES)))
def test_the_zone_text_is_the_organisation_s_and_the_bilateral_one_binds_two(text, sides):
    reading = read(text.encode(), "article.txt")
    assert [sorted(a.parties) for a in reading.agreements] == [sides]
    assert sorted(reading.parties) == sides
