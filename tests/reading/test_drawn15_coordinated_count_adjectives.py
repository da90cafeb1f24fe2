"""A count of texts whose noun two coordinated adjectives qualify: «стороны подписали семь
межправительственных и межведомственных документов», "signed five bilateral and sectoral
agreements". The count reached its noun across two words at most, so the coordination hid
it (agreements_total null). Adjectives of either side of the conjunction are of one kind
(Russian genitive plurals; English adjectival endings); a noun before "and" ("two countries
and five agreements") leaves each count its own. French puts such adjectives after the
noun, where the count already reached it (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.totals import total


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По итогам переговоров стороны подписали шесть межправительственных и "
            "межведомственных документов.",
            6,
        ),
        (
            "В ходе визита подписаны пять межправительственных, межведомственных и коммерческих "
            "соглашений.",
            5,
        ),
        ("The two governments signed four bilateral and sectoral agreements on Tuesday.", 4),
        ("The delegations signed three economic and technical cooperation agreements.", 3),
        # guards: French after the noun, a noun before the conjunction
        ("Les deux pays ont signé cinq accords bilatéraux et sectoriels.", 5),
        ("The two countries and their firms signed nine agreements.", 9),
        ("Представители двух стран и компаний подписали восемь соглашений.", 8),
    ],
)
def test_coordinated_adjectives_between_count_and_noun(text, expected):
    assert total(text) == expected
