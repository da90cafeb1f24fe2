"""Documents counted, then listed by domain after a dash that stands for the verb or after
what kind they are: «Остальные три документа — ведомственные: по таможенному
администрированию, по статистике и по туризму», "The other three documents are departmental:
on customs, on statistics and on tourism", "Les trois autres textes sont sectoriels: sur …"
(one text a domain). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Мали и Нигер подписали пять документов в Ниамее во вторник. Остальные три "
        "документа — ведомственные: по здравоохранению, по транспорту и по культуре.",
        "Мали и Нигер подписали пять документов в Ниамее во вторник. Три документа — по "
        "здравоохранению, по транспорту и по культуре.",
        "Mali and Niger signed five documents in Niamey on Tuesday. The other three documents "
        "are departmental: on health, on transport and on culture.",
        "Le Mali et le Niger ont signé cinq accords à Niamey mardi. Les trois autres textes "
        "sont sectoriels: sur la santé, sur les transports et sur la culture.",
    ],
)
def test_one_text_a_listed_domain(text):
    agreements = read(text).agreements
    assert sorted(s for a in agreements for s in a.sectors) == ["culture", "health", "transport"]
    assert all(a.parties == ["MLI", "NER"] for a in agreements)
