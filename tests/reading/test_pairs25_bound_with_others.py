"""An older text that binds a pair "with" others, told in a relative clause ("the two
countries, which are bound by the X agreement signed in 2004 with A and B") has the pair
and the others as sides, not the others alone (multidev25, session 25)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Kenya and Uganda signed an agreement on fisheries on Monday. Trade between the two "
            "countries, which are bound by the Arusha customs agreement signed in 2004 with "
            "Tanzania and Rwanda, remains weak.",
            {"KEN", "UGA", "TZA", "RWA"},
        ),
        (
            "Trade between Kenya and Uganda, which are bound by the Arusha customs agreement "
            "signed in 2004 with Tanzania and Rwanda, remains weak.",
            {"KEN", "UGA", "TZA", "RWA"},
        ),
        (
            "Le Sénégal et la Gambie ont signé lundi un accord sur la santé. Les échanges "
            "commerciaux entre les deux pays, qui sont liés par l'accord douanier de Lomé signé "
            "en 2004 avec le Togo et le Bénin, restent faibles.",
            {"SEN", "GMB", "TGO", "BEN"},
        ),
        (
            "Кения и Уганда подписали в понедельник соглашение о здравоохранении. Товарооборот "
            "между двумя странами, которые связаны таможенным соглашением, подписанным в 2004 "
            "году с Танзанией и Руандой, остается низким.",
            {"KEN", "UGA", "TZA", "RWA"},
        ),
    ],
)
def test_a_pair_bound_by_a_text_signed_with_others_is_among_its_sides(text, sides):
    reading = read(text)
    assert any(set(a.parties) == sides for a in reading.agreements), [
        a.parties for a in reading.agreements
    ]


def test_a_text_signed_with_another_by_its_subject_keeps_its_sides():
    reading = read(
        "Kenya and Uganda signed an agreement on fisheries on Monday. Kenya also recalled the "
        "customs agreement it signed in 2004 with Tanzania."
    )
    assert not any({"KEN", "UGA", "TZA"} <= set(a.parties) for a in reading.agreements), [
        a.parties for a in reading.agreements
    ]
