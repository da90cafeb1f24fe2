"""A negation on another predicate does not deny a text a signing verb joined to it
announces: "was not ready and will be signed at the next session" is planned (SPEC: texts
announced for signing), as the French and Russian forms were read. "was not ready and was
not signed" stays none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2025-03-10")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A memorandum between Ghana and Togo on fisheries was not ready and will be signed "
            "at the next summit.",
        ),
        (
            "en",
            "The agreement between Peru and Chile on tourism is not finalised and will be signed "
            "in June.",
        ),
        (
            "fr",
            "Le mémorandum entre le Ghana et le Togo sur la pêche n'était pas prêt et sera signé "
            "au prochain sommet.",
        ),
        (
            "ru",
            "Меморандум между Арменией и Индией о туризме не был готов и будет подписан на "
            "следующем заседании.",
        ),
    ],
)
def test_a_text_not_ready_to_be_signed_later_is_planned(lang, text):
    assert [a.status for a in read(text, lang)] == ["planned"]


def test_not_ready_and_not_signed_stays_none():
    text = "A memorandum between Ghana and Togo on fisheries was not ready and was not signed."
    assert read(text, "en") == []
