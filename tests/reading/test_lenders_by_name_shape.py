"""Regional and multilateral lenders the vocabularies lack, found by the shape of their name,
and a known organisation named with its short name in brackets as one party.

SPEC: an international organisation is a party by its own name as the text spells it (the
short name in brackets when it gives one); a state's own bank (a central bank, a bank with a
state in its name) stands for its state. Sentences written for these tests (en/fr).
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya signed a loan agreement with the Trade and Development Bank (TDB) for a road.",
            ["KEN", "TDB"],
        ),
        (
            "The Development Bank of Southern Africa (DBSA) signed a memorandum with Zimbabwe "
            "on energy.",
            ["DBSA", "ZWE"],
        ),
        (
            "Uganda and the Eastern and Southern African Trade and Development Bank signed a "
            "financing agreement for agriculture.",
            ["Eastern and Southern African Trade and Development Bank", "UGA"],
        ),
        # a state's own banks stay their states
        (
            "The Bank of Ghana and the Central Bank of Nigeria signed a memorandum on payments.",
            ["GHA", "NGA"],
        ),
        (
            "Kenya signed with the China Development Bank a loan agreement for the railway.",
            ["CHN", "KEN"],
        ),
        # a known lender spelled out with its short name: one party, by the short name
        (
            "Le Niger a signé avec la Banque arabe pour le développement économique en Afrique "
            "(BADEA) un accord de prêt pour l'hydraulique.",
            ["BADEA", "NER"],
        ),
        (
            "Le Bénin et la Banque d'investissement et de développement de la CEDEAO (BIDC) ont "
            "signé un accord de prêt pour l'énergie.",
            ["BEN", "BIDC"],
        ),
    ],
)
def test_lender_sides(text, expected):
    assert agreement_sides(text) == [sorted(expected)]
