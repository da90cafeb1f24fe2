"""A company's name that goes on with "of" and its state is named whole, without a short
name in brackets after it too (resid30A, session 30): "the Electricity Supply Corporation
of Malawi", "la société National Power Grid of Kenya", «компания Electricity Generating
Authority of South Africa» (an English name in a French or Russian text, its state spelled
in English). A French article's elision opens such a name ("l'Electricity Supply
Corporation of Malawi" is not "Supply Corporation"). SPEC: a company, even a state-owned
one, is a party of its own, its state being its home. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> list[set[str]]:
    return [set(a.parties) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Morocco and Kenya held their joint commission in Rabat.\n\nKenya Power and the "
            "Electricity Supply Corporation of Malawi signed an agreement on operating the "
            "interconnector line.",
            {"Kenya Power", "Electricity Supply Corporation of Malawi"},
        ),
        (
            "Le Maroc et le Kenya ont tenu leur commission mixte à Rabat.\n\nLe même jour, "
            "Kenya Power et l'Electricity Supply Corporation of Malawi ont conclu un accord "
            "d'exploitation de la ligne d'interconnexion.",
            {"Kenya Power", "Electricity Supply Corporation of Malawi"},
        ),
        (
            "Le Maroc et le Kenya ont tenu leur commission mixte à Rabat.\n\nLes gestionnaires "
            "de réseau, la compagnie marocaine Maroc Réseau et la société National Power Grid "
            "of Kenya, ont signé un accord sur le financement de l'étude.",
            {"Maroc Réseau", "National Power Grid of Kenya"},
        ),
        (
            "Le Maroc et l'Ouzbékistan ont tenu leur commission mixte à Rabat.\n\nLa "
            "compagnie marocaine Maroc Réseau et la société National Power Grid of "
            "Uzbekistan ont signé un accord sur le financement de l'étude.",
            {"Maroc Réseau", "National Power Grid of Uzbekistan"},
        ),
        (
            "Россия и ЮАР провели переговоры в Претории.\n\n«Росатом» и государственная "
            "компания Electricity Generating Authority of South Africa подписали меморандум "
            "о строительстве станции.",
            {"Rosatom", "Electricity Generating Authority of South Africa"},
        ),
    ],
)
def test_a_company_named_with_its_state(text: str, sides: set[str]) -> None:
    assert sides in _sides(text)


def test_a_french_trigger_and_a_bracketed_short_name() -> None:
    """The name before the brackets is whole too: SPEC leaves open whether the party is
    written by its full name or by its initials, and a name cut before "of" is neither."""
    text = (
        "Le Maroc et le Kenya ont tenu leur commission mixte à Rabat.\n\nL'Agence marocaine "
        "pour l'énergie durable (Masen) et l'opérateur public kényan Electricity Generating "
        "Authority of Kenya (EGAK) ont signé un mémorandum d'entente sur le stockage d'énergie."
    )
    parties = {p for a in read(text).agreements for p in a.parties}
    assert "Electricity Generating Authority" not in parties
    assert parties & {"Electricity Generating Authority of Kenya", "EGAK"}
