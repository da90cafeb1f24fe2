"""A framework agreement whose next sentence, in the same paragraph, tells its content ("Cet
accord-cadre couvre la sécurité, le commerce et l'énergie", "This framework covers ...",
«Этот документ предусматривает ...») takes those domains. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "fr",
            "Le Bénin et le Nigeria ont signé un accord-cadre de coopération. Cet accord-cadre "
            "couvre la sécurité, le commerce et l'énergie.",
            {"security", "trade", "energy"},
        ),
        (
            "en",
            "Angola and Zambia signed a framework agreement on cooperation. This framework "
            "covers railways and electricity.",
            {"transport", "energy"},
        ),
    ],
)
def test_the_next_sentence_tells_a_framework_s_domains(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    assert len(found) == 1
    assert sectors <= set(found[0].sectors)
