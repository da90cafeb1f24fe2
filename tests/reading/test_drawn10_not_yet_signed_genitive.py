"""«Соглашения о … стороны пока не подписали»: a text named first in its clause and governed
by a negated active verb after it is in the genitive of negation, one text not yet signed
(planned), not a plural of texts left without a list. Without "yet" it is none; a plural
told signed keeps its reading. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of

_RATIFIED = "Сенат ратифицировал соглашение между Арменией и Индией о военном сотрудничестве. "


def read(text: str):
    return agreements_of(_RATIFIED + text, "ru", published="2025-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Соглашения о военно-техническом сотрудничестве Армения и Индия пока не подписали.",
        "Соглашения об оборонной промышленности стороны ещё не заключили.",
    ],
)
def test_a_text_not_yet_signed_in_the_genitive_is_planned(text):
    assert [a.status for a in read(text)] == ["ratified", "planned"]


def test_a_text_not_signed_stays_none():
    text = "Соглашения о военно-техническом сотрудничестве Армения и Индия не подписали."
    assert [a.status for a in read(text)] == ["ratified"]
