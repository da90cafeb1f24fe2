"""Texts named by a plain noun with a participle of their signing between it and their fields
(SPEC: one agreement per field the text identifies): "The other documents signed during the
visit concern cooperation in culture and health", «Остальные документы, подписанные в ходе
визита, касаются сотрудничества в сферах культуры и здравоохранения», "Les autres documents
signés lors de la visite portent sur …" are one text a field, as "documents on cooperation
in culture and health" were. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "ТАШКЕНТ - Президенты Узбекистана и Туркменистана подписали декларацию. Остальные "
        "документы, подписанные в ходе визита, касаются сотрудничества в сферах культуры и "
        "здравоохранения.",
        "TASHKENT - The presidents of Uzbekistan and Turkmenistan signed a declaration. The "
        "other documents signed during the visit concern cooperation in culture and health.",
        "DAKAR - Les présidents du Sénégal et de la Gambie ont signé une déclaration. Les "
        "autres documents signés lors de la visite portent sur la coopération dans les domaines "
        "de la culture et de la santé.",
    ],
)
def test_one_text_a_field_after_the_participle(text):
    sectors = sorted(s for a in read(text).agreements for s in a.sectors)
    assert sectors == ["culture", "general", "health"]


def test_documents_signed_with_no_field_add_nothing():
    reading = read(
        "TASHKENT - The presidents of Uzbekistan and Turkmenistan signed a declaration. They "
        "praised the documents signed during the visit as historic."
    )
    assert [a.kind for a in reading.agreements] == ["declaration"]
