"""The side a signer signs for, named before "par"/"by" (session 21, drawB21).

Invented sentences: "signés pour la BOAD par Docteur X, Président de la Banque", "signed
for the World Bank by Dr. X", "on behalf of the OPEC Fund by Mr. X": the side named after
"pour"/"for" and before the agent's "par"/"by" (titles between) is the one the person
signs for (SPEC: a person's `party`), as "X pour le Mali" after the name already was. All
fail on the base (no party for the organisation's signer).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            "Les accords ont été signés pour le Tchad par Monsieur Tahir Hamid Nguilin, ministre des Finances, et pour la BOAD par Docteur Serge Ekué, Président de la Banque.",
            "Serge Ekué",
            "BOAD",
        ),
        (
            "L'accord a été signé pour la Banque islamique de développement par Monsieur Mohammed Al Jasser, Président de la Banque, et pour le Niger par le ministre Ali Lamine Zeine.",
            "Mohammed Al Jasser",
            "Banque islamique de développement",
        ),
        (
            "Le protocole a été signé pour la FAO par Madame Beth Bechdol, Directrice générale adjointe, et pour le Burundi par le ministre Prosper Dodiko.",
            "Beth Bechdol",
            "FAO",
        ),
        (
            "The agreement was signed for the World Bank by Dr. Ousmane Diagana, Vice President for Western and Central Africa, and for Ghana by Finance Minister Cassiel Ato Forson.",
            "Ousmane Diagana",
            "WB",
        ),
        (
            "The loan was signed on behalf of the OPEC Fund by Mr. Abdulhamid Alkhalifa, President of the Fund, and for Zambia by Finance Minister Situmbeko Musokotwane.",
            "Abdulhamid Alkhalifa",
            "OPEC Fund",
        ),
    ],
)
def test_the_side_before_par_is_the_signers(text: str, name: str, party: str) -> None:
    people = {p.name: p.party for p in read("Financement\n\n" + text, "news.txt").people}
    assert people[name] == party
