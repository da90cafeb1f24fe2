"""A state's agency, ministry or authority introduced with its short name in brackets
(«Боливийское агентство ядерной энергии (ABEN)», "the Ghana Revenue Authority (GRA)") stands
for its state wherever the short name signs later (SPEC: a state's institutions are its code,
not parties of their own). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "state", "short"),
    [
        (
            "Госкорпорация «Росатом» и Парагвайское агентство по атомной энергии (APEN) "
            "подписали дорожную карту. Кроме того, АО «Русатом Оверсиз» и APEN заключили "
            "контракт на поставку оборудования.",
            "PRY",
            "APEN",
        ),
        (
            "«Газпром» и Туркменское государственное агентство по углеводородам (TDAU) "
            "подписали меморандум. Позднее «Новатэк» и TDAU заключили соглашение о поставках.",
            "TKM",
            "TDAU",
        ),
        (
            "«Интер РАО» и Узбекское агентство по регулированию энергетики (UERA) подписали "
            "соглашение. Затем «Силовые машины» и UERA заключили контракт на поставку турбин.",
            "UZB",
            "UERA",
        ),
        (
            "Huawei and the Ghana Revenue Authority (GRA) signed a memorandum on digital tax "
            "collection. Later, Ericsson and GRA signed a contract for network equipment.",
            "GHA",
            "GRA",
        ),
        (
            "Orano et l'Agence nigérienne de l'énergie atomique (ANEA) ont signé une feuille de "
            "route. Par ailleurs, EDF et ANEA ont signé un contrat de formation.",
            "NER",
            "ANEA",
        ),
        (
            "Siemens and the Kenyan Ministry of Energy (MoEK) signed a memorandum on grids. "
            "Later, ABB and MoEK signed a contract for substations.",
            "KEN",
            "MoEK",
        ),
    ],
)
def test_the_short_name_is_the_state(text, state, short):
    reading = read(text.encode(), "article.txt")
    assert short not in reading.parties
    assert state in reading.parties
    for agreement in reading.agreements:
        assert short not in agreement.parties
