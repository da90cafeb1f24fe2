"""An international organisation named by an acronym goes by the one it is known by in every
language: SPEC's own list writes the English acronym for the French ("ECOWAS (CEDEAO)"), and
the annotated splits do so for organisations outside the list too (`AfDB` for "BAD", `IsDB`
for "BID", `WFP` for "PAM" in French texts). An acronym no vocabulary knows, or a short form
of the organisation's own ("NEPAD" of AUDA-NEPAD), stays as the text spells it.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def parties(text: str) -> list[str]:
    return read(("Titre\n\n" + text).encode(), "article.txt").parties


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Le Programme alimentaire mondial (PAM) et le Tchad ont signé un accord sur la "
            "nutrition scolaire. Le PAM fournira des repas à 200 écoles.",
            "WFP",
        ),
        ("La BID et le Sénégal ont signé un accord de prêt pour une route.", "IsDB"),
        ("L'OMS et le Niger ont signé un protocole d'accord sur la vaccination.", "WHO"),
        ("Le PNUD et la Guinée ont signé un accord de don pour la gouvernance locale.", "UNDP"),
        ("La BEI et le Cameroun ont signé un accord de financement pour l'eau.", "EIB"),
        ("L'OIM et la Mauritanie ont signé un mémorandum sur le retour volontaire.", "IOM"),
    ],
)
def test_french_acronyms_of_international_bodies_go_by_the_known_one(text, code):
    assert code in parties(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an acronym no vocabulary knows stays as spelled
        (
            "La Société malienne de gestion de l'eau potable (SOMAGEP) et la Banque mondiale "
            "ont signé un accord sur l'eau potable.",
            "SOMAGEP",
        ),
        # the short form of the organisation's own acronym
        ("Le NEPAD et le Mali ont signé un protocole sur l'agriculture.", "NEPAD"),
        # English texts already write the known acronym
        ("UNDP and Ghana signed a grant agreement for local governance.", "UNDP"),
        # a Russian text's acronym is the organisation's Latin one, as before
        ("ВПП и Таджикистан подписали соглашение о школьном питании.", "WFP"),
    ],
)
def test_other_acronyms_keep_their_spelling(text, code):
    assert code in parties(text)
