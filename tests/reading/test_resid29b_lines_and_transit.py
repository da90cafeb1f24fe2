"""A state a power line reaches or a transit crosses is no side of the text about it (session
29, residB29). Sentences written for these tests.

"l'interconnexion avec l'Éthiopie", "the Ethiopia-Kenya interconnector", «транзит электроэнергии
через территорию Грузии»: where the line runs or the goods pass, like a route's towns
(`routes.in_route_name`). Before, the state was read as a side beside (or instead of) the
story's."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

_REACHED = [
    (
        "Le Bénin et la BOAD ont signé deux accords lundi.\n\nLe second est une convention de "
        "crédit conclue avec la BOAD pour le renforcement du raccordement à la ligne "
        "d'interconnexion avec le Nigeria.",
        ["BEN", "BOAD"],
    ),
    (
        "Benin and the BOAD signed two agreements on Monday.\n\nThe second is a credit "
        "agreement concluded with the BOAD to strengthen the connection to the interconnection "
        "line with Nigeria.",
        ["BEN", "BOAD"],
    ),
    (
        "La BAD a signé trois accords avec l'Éthiopie.\n\nc) un accord de prêt de 85 millions "
        "de dollars conclu avec Ethiopian Electric Power (EEP), société publique d'électricité, "
        "pour le renforcement de la ligne d'interconnexion Éthiopie-Kenya ;",
        None,  # Kenya is no side (the lender's place is another matter)
    ),
    (
        "The AfDB signed three agreements with Ethiopia on Monday.\n\nThe third is a loan "
        "agreement signed with Ethiopian Electric Power to reinforce the Ethiopia-Kenya "
        "interconnector.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "sides"), _REACHED)
def test_a_state_a_power_line_reaches_is_no_side(text, sides):
    read = agreement_sides(text)
    assert read, text
    assert all("NGA" not in s and "KEN" not in s for s in read), read
    if sides:
        assert read[-1] == sides, read


_CROSSED = [
    "Armenia and Iran signed a memorandum on Monday.\n\nThe sides agreed to keep working on a "
    "draft agreement on electricity transit through the territory of Georgia.",
    "L'Arménie et l'Iran ont signé un mémorandum lundi.\n\nLes parties sont convenues de "
    "poursuivre les travaux sur un projet d'accord sur le transit d'électricité à travers le "
    "territoire de la Géorgie.",
    "Армения и Иран подписали меморандум в понедельник.\n\nСтороны договорились продолжить "
    "работу над проектом соглашения о транзите электроэнергии через территорию Грузии.",
]


@pytest.mark.parametrize("text", _CROSSED)
def test_a_state_a_transit_crosses_is_no_side(text):
    assert agreement_sides(text)[-1] == ["ARM", "IRN"]


def test_a_state_signed_with_about_a_line_stays_a_side():
    # the "with" of the signing is the text's, not the line's
    read = agreement_sides(
        "Le Bénin a signé lundi avec le Nigeria un accord sur la ligne d'interconnexion électrique."
    )
    assert read == [["BEN", "NGA"]]
