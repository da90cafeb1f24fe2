"""A plural whose domains come in groups, each opened by its own preposition after "а также"
(«соглашения о сотрудничестве в области культуры и туризма, а также в сфере образования и
науки»), is one text a group, as "agreements on trade and investment and on health" is.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "ru",
            "Россия и Лаос подписали соглашения о сотрудничестве в области культуры и туризма, "
            "а также в сфере образования и науки.",
            [["culture"], ["education", "research"]],
        ),
        (
            "en",
            "Ghana and Togo signed agreements on trade and investment and on health.",
            [["trade", "economy"], ["health"]],
        ),
    ],
)
def test_each_group_of_domains_is_one_text(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    assert [a.sectors for a in found] == sectors
