"""An amended text told again by its year in the amending text's clause (session 27, drawA27).

Invented sentences. "signed the Second Protocol to Amend the SADC Trade in Goods Agreement,
which modernises the 2009 pact with chapters on digital trade ... and small and medium
enterprises": the amended text's name may run past four words before its kind word; "the
2009 pact" is that text again, told by its year (SPEC: one item per agreement the text
identifies; an agreement mentioned in passing keeps its own date), and the chapters the
clause lists are the amending protocol's content (SPEC: sectors are the areas the text names
as its content). The Russian shape («протокол о внесении изменений в Соглашение ..., который
обновляет соглашение 2009 года») is left: its amended text is not yet read as amended.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-10-28 Leaders of the Southern African Development Community met in Harare. "
        "On Tuesday, the leaders signed the Second Protocol to Amend the SADC Trade in Goods "
        "Agreement, which modernises the 2009 pact with chapters on digital trade, supply chain "
        "resilience and micro, small and medium enterprises.",
        "date 2025-10-28 Les dirigeants de la CEDEAO réunis à Abuja ont signé mardi le deuxième "
        "protocole modifiant l'Accord sur le commerce des marchandises de la CEDEAO, qui "
        "modernise l'accord de 2009 avec des chapitres sur le commerce numérique, la résilience "
        "des chaînes d'approvisionnement et les petites et moyennes entreprises.",
    ],
)
def test_year_told_pact_is_the_amended_text(text: str) -> None:
    protocol, amended = read(text).agreements
    assert protocol.kind == "protocol"
    assert set(protocol.sectors) == {"trade", "digital", "economy"}
    assert amended.sectors == ["trade"]
    assert amended.date == "2009"
