"""A text "signed by the two countries" is the pair's (SPEC: an agreement's parties are the
sides bound by it): «Договор, подписанный двумя странами в 2017 году», "le traité signé par
les deux pays", "the treaty signed by the two countries" name the signers by the grammar of a
passive; a third state named further in the sentence (a transit route "through China") is
not a side. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "АСТАНА - Президент Казахстана Касым-Жомарт Токаев и Президент Киргизии Садыр "
            "Жапаров провели переговоры в Астане. Садыр Жапаров напомнил о значении Договора о "
            "стратегическом партнёрстве, подписанного двумя странами в 2017 году, и предложил "
            "расширить транспортное сотрудничество, в том числе по маршрутам, идущим транзитом "
            "через Китай.",
            {"KAZ", "KGZ"},
        ),
        (
            "DAKAR - Le président sénégalais et le président gambien se sont rencontrés à Dakar. "
            "Le président gambien a rappelé le traité d'amitié signé par les deux pays en 2017 "
            "et a proposé de développer les routes de transit vers le Mali.",
            {"SEN", "GMB"},
        ),
        (
            "ASTANA - Kazakhstan's President Kassym-Jomart Tokayev and Kyrgyzstan's President "
            "Sadyr Japarov held talks in Astana. Japarov recalled the Treaty on Strategic "
            "Partnership signed by the two countries in 2017 and proposed to expand transport "
            "routes in transit through China.",
            {"KAZ", "KGZ"},
        ),
    ],
)
def test_the_two_signers_are_the_pair(text, pair):
    assert [set(a.parties) for a in read(text).agreements] == [pair]
