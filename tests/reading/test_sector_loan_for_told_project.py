"""A loan whose sentence names only the loan pays for the project the sentence before tells:
"Uganda owes China $3 billion for the railway. The loan agreement was signed in 2015." is a
transport text, not an economy one (SPEC: the areas the text names as its content)."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def _sectors(text: str, lang: str) -> list[list[str]]:
    found, _ = agreements.extract(context(text, lang, published="2026-11-18"))
    return [a.sectors for a in found]


@pytest.mark.parametrize(
    ("text", "lang", "sectors"),
    [
        (
            "Uganda owes China about $3 billion, most of it for the standard gauge railway. The "
            "loan agreement was signed with Uganda in Beijing in 2015.",
            "en",
            ["transport"],
        ),
        (
            "La Côte d'Ivoire financera la centrale solaire de Boundiali. Le Mali et la Côte "
            "d'Ivoire ont signé un accord de crédit lundi à Abidjan.",
            "fr",
            ["energy"],
        ),
        (
            "Россия предоставит Мозамбику средства на строительство электростанции. Россия и "
            "Мозамбик подписали кредитное соглашение в Мапуту.",
            "ru",
            ["energy"],
        ),
    ],
)
def test_the_loan_pays_for_the_project_told_before(text, lang, sectors):
    assert _sectors(text, lang)[-1] == sectors
