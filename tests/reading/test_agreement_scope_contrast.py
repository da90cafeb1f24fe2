"""A contrasting clause after a mention (", but the works stalled during the pandemic", ",
mais sa mise en œuvre ...", «, но его реализация ...») tells what became of the text, not
its domains; "but also", "mais aussi" coordinate more domains. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "en",
            "Zambia and China signed a memorandum on the railway in 2019, but the works stalled "
            "during the pandemic.",
            ["transport"],
        ),
        (
            "ru",
            "Россия и Мали подписали соглашение о торговле, но его реализация затянулась из-за "
            "пандемии и нехватки медикаментов.",
            ["trade"],
        ),
        (
            "fr",
            "Le Mali et le Niger ont signé un accord sur le commerce, mais aussi sur la santé.",
            ["trade", "health"],
        ),
    ],
)
def test_a_contrast_after_the_mention_adds_no_domain(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    assert [a.sectors for a in found] == [sectors]
