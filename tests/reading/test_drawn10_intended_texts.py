"""A text the sides intend to sign is announced: planned (SPEC: agreements are texts signed
or announced for signing). English "intend to sign" and French "entendent signer" were read
so; Russian «намерены подписать» was taken for a wish («надеются заключить»: none) and
dropped. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2025-03-10")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В будущем Казахстан и Монголия намерены подписать соглашение о рыболовстве."),
        ("ru", "Армения и Индия намерены заключить меморандум о сотрудничестве в сфере туризма."),
        ("en", "Kenya and Ghana intend to sign an agreement on fisheries."),
        ("fr", "Le Bénin et le Niger entendent signer un accord sur la pêche."),
    ],
)
def test_an_intended_signing_is_planned(lang, text):
    found = read(text, lang)
    assert [a.status for a in found] == ["planned"]


def test_a_hope_stays_no_text():
    assert read("Казахстан и Монголия надеются заключить соглашение о рыболовстве.", "ru") == []
