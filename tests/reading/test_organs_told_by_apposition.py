"""An alliance's organ whose name the vocabulary lacks is known by what the text says it is.

"the Common Market Council, the bloc's highest decision-making body": no head word of the
vocabulary ("joint commission", "council of ministers") names it, the apposition does; its
sides are the members of the alliance the sentence names.
"""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import bodies

CASES = [
    (
        "en",
        "Trade ministers of ASEAN met in Vientiane on Monday at the Economic Community "
        "Council, the bloc's main decision-making organ, and adopted a work plan.",
        "Economic Community Council",
        ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"],
    ),
    (
        "fr",
        "Les ministres de la CEEAC se sont réunis à Libreville au sein du Conseil de "
        "médiation, l'organe de décision de la communauté en matière de crises.",
        "Conseil de médiation",
        None,
    ),
    (
        "ru",
        "Министры стран Меркосур собрались в Монтевидео на заседание Совета общего рынка — "
        "высшего органа объединения.",
        "Совет общего рынка",
        ["ARG", "BOL", "BRA", "PRY", "URY"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "members"), CASES)
def test_an_organ_told_by_its_apposition_is_a_body(lang, text, name, members):
    [body] = bodies.extract(context(text, lang, published="2025-03-10"))
    assert body.name.casefold().startswith(name.casefold()[:14])
    if members:
        assert sorted(body.parties) == members


@pytest.mark.parametrize(
    "text",
    [
        # a state's own council with no bloc named as its owner
        "The National Security Council, the country's highest security body, met on Monday.",
        # a body of the bloc with no name of its own is no new body
        "Ministers met in Lima, the bloc's highest decision-making body having been suspended.",
    ],
)
def test_no_organ_without_a_bloc_told(text):
    assert bodies.extract(context(text, "en", published="2025-03-10")) == []
