"""Companies whose names hold their state's name (resid30A, session 30): a brand of two
words before its state after "and"/"et"/"with" ("et Royal Air Maroc": a carrier, not
Morocco), and a Turkish registered name ended by its legal form ("Türkiye Kalkınma Anonim
Ortaklığı", "… Anonim Şirketi", "… A.Ş."), its short name in brackets being the name it
goes by, as "Energy Fiji Limited (EFL)". SPEC: a company, even a state-owned one, is a
party of its own. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> list[set[str]]:
    return [set(a.parties) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Le Kenya et la Thaïlande ont tenu leur commission mixte à Nairobi.\n\nEn marge de "
            "la session, Kenya Airways et Royal Air Maroc ont par ailleurs paraphé un accord de "
            "partage de codes.",
            {"Kenya Airways", "Royal Air Maroc"},
        ),
        (
            "Malaysia and Turkey held their joint commission in Ankara.\n\n(d) a Memorandum of "
            "Understanding between Petronas and Türkiye Kalkınma Anonim Ortaklığı (TKAO) on "
            "cooperation in upstream oil and gas activities.",
            {"Petronas", "TKAO"},
        ),
        (
            "La Malaisie et la Turquie ont tenu leur commission mixte à Ankara.\n\nUn "
            "mémorandum d'entente a été signé entre Petronas et Türkiye Kalkınma Anonim Şirketi "
            "sur la coopération dans l'amont pétrolier.",
            {"Petronas", "Türkiye Kalkınma Anonim Şirketi"},
        ),
    ],
)
def test_a_company_holding_its_state_name(text: str, sides: set[str]) -> None:
    assert sides in _sides(text)


def test_a_region_before_a_state_is_no_brand() -> None:
    """Guard (passes on the start code too): "and South Sudan" is a state, no brand."""
    text = "Kenya and South Sudan signed an agreement on road transport on Tuesday."
    assert _sides(text) == [{"KEN", "SSD"}]


def test_a_turkish_name_in_a_russian_sentence() -> None:
    """Guard (passes on the start code too): a Latin name signing in Russian is whole."""
    text = (
        "Малайзия и Турция провели заседание межправкомиссии в Анкаре.\n\nPetronas и "
        "Türkiye Kalkınma Anonim Ortaklığı подписали меморандум о сотрудничестве в "
        "нефтегазовой отрасли."
    )
    assert {"Petronas", "Türkiye Kalkınma Anonim Ortaklığı"} in _sides(text)
