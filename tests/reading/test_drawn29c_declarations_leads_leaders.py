"""Summit stories (drawC31, session 31): a declaration names its sides by "between" as
any text does ("a ceasefire declaration between X and Y and a trade pact with Z": the pact's
partner is no side of the declaration); the story's first sentence that tells a text bare,
detailed further on, tells that one text; "the ten leaders signed" is the members of the
alliance named before when they are as many; an alliance by its full name ("the
Association of Southeast Asian Nations"). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_MEMBERS = {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"}


@pytest.mark.parametrize(
    "text",
    [
        "The summit produced a ceasefire declaration between Thailand and Cambodia and a "
        "trade pact with China.",
        "Le sommet a produit une déclaration de cessez-le-feu entre la Thaïlande et le "
        "Cambodge et un accord commercial avec la Chine.",
    ],
)
def test_a_declaration_between_two_states(text: str) -> None:
    found = [a for a in read(text).agreements if a.kind == "declaration"]
    assert [set(a.parties) for a in found] == [{"THA", "KHM"}]


def test_a_lead_told_bare_is_the_text_detailed_later() -> None:
    text = (
        "Leaders ended their summit in Bangkok, where two days of talks also produced a "
        "ceasefire declaration between Laos and Cambodia.\n\nThe host thanked the delegations."
        "\n\nThe King received the guests at the palace.\n\nThe documents adopted are listed "
        "below.\n\nJoint Declaration by Laos and Cambodia on the ceasefire and border "
        "security ; Laos, Cambodia ; 26 October"
    )
    found = [a for a in read(text).agreements if a.kind == "declaration"]
    assert [set(a.parties) for a in found] == [{"LAO", "KHM"}]


@pytest.mark.parametrize(
    "text",
    [
        "The summit of the Association of Southeast Asian Nations opened in Kuala Lumpur on "
        "Sunday with a ceremony in which the ten leaders signed the Declaration on the "
        "Admission of Timor-Leste into ASEAN.",
        "Le sommet de l'Association des nations de l'Asie du Sud-Est s'est ouvert à Kuala "
        "Lumpur dimanche par une cérémonie au cours de laquelle les dix dirigeants ont signé "
        "la Déclaration sur l'admission du Timor-Leste dans l'ASEAN.",
        "Саммит Ассоциации государств Юго-Восточной Азии открылся в Куала-Лумпуре "
        "церемонией, на которой десять лидеров подписали Декларацию о принятии Тимора-Лешти "
        "в АСЕАН.",
    ],
)
def test_the_ten_leaders_of_an_alliance_named_in_full(text: str) -> None:
    assert [set(a.parties) for a in read(text).agreements] == [_MEMBERS]
