"""A body's regulations in Russian are its statutes (SPEC: kind `other`, "an institution's
statutes or rules of procedure"): «подписанное положение о совете», «положение о
межправительственной комиссии», as «устав» and "rules of procedure" were. «Положение дел» (a
state of things) is no text. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "ТАШКЕНТ - Лидеры Узбекистана и Туркменистана провели первое заседание Высшего совета. "
        "Согласно подписанному положению о совете, его заседания будут проводиться ежегодно.",
        "МОСКВА - Россия и Белоруссия подписали положение о межправительственной комиссии и "
        "соглашение о торговле.",
    ],
)
def test_a_body_regulations_are_a_text(text):
    assert "other" in [a.kind for a in read(text).agreements]


def test_a_state_of_things_is_no_text():
    reading = read(
        "МОСКВА - Министры России и Белоруссии обсудили положение дел в торговле и подписали "
        "соглашение о торговле."
    )
    assert [a.kind for a in reading.agreements] == ["agreement"]
