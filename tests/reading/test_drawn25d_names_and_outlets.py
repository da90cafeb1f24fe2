"""Who is a party by what the text names (drawD29, on the twenty-fifth draw's b391 and b521).

Invented sentences.
- A short name the vocabularies leave out (CAF is also the African football confederation)
  given before the spelled-out name it stands for ("CAF, formally the Development Bank of Latin
  America", "le FSA, officiellement le Fonds de solidarité africain"; «CAF (Банк развития
  Латинской Америки)» the start code read already) is that party's name, wherever the text
  uses it (SPEC: an organisation by the acronym the text spells).
- The outlet a wire's dateline gives in brackets ("QUITO, Aug 20 (Andes Energy Daily) -")
  reports the story and acts in none of it.
- A portfolio before a minister's title ("with Energy Minister X looking on") names no body.
- The Saudi Fund for Development by its French name and initials ("le Fonds saoudien pour le
  développement (FSD)", then "du Fonds") is Saudi Arabia's (SPEC: a state's fund stands for its
  state); its head's "du Fonds" is no company named "Fonds".
"""

from __future__ import annotations

import pytest

from suivi.reading.gazetteer import find_mentions
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "bank", "state"),
    [
        (
            "date 2026-05-04 CAF, formally the Development Bank of Latin America and the "
            "Caribbean, signed a $90 million loan with Peru on Monday to build rural roads.\n\n"
            "Peru and CAF have worked together for decades: the two sides signed a country "
            "partnership framework in 2022.",
            "CAF",
            "PER",
        ),
        (
            "date 2026-05-04 Le FSA, officiellement le Fonds de solidarité africain, a signé "
            "lundi avec le Niger un accord de garantie pour les petites entreprises.\n\n"
            "Le Niger et le FSA ont une longue histoire : les deux parties ont signé un "
            "accord-cadre de partenariat en 2021.",
            "FSA",
            "NER",
        ),
    ],
)
def test_a_short_name_told_before_its_full_name_is_the_party(
    text: str, bank: str, state: str
) -> None:
    reading = read(text)
    assert bank in reading.parties
    assert not [p for p in reading.parties if " " in p]  # no spelled-out name beside it
    assert len(reading.agreements) == 2
    assert all(set(a.parties) == {bank, state} for a in reading.agreements)


@pytest.mark.parametrize(
    ("text", "outlet", "state"),
    [
        (
            "date 2026-08-20 QUITO, Aug 20 (Andes Energy Daily) - A regional development bank "
            "signed a $50 million loan with Ecuador on Wednesday to expand irrigation.\n\nAndes "
            "Energy Daily",
            "Andes Energy",
            "ECU",
        ),
        (
            "date 2026-08-20 NIAMEY, 20 août (Sahel Energy Group) – Une banque régionale a signé "
            "mercredi avec le Niger un accord de prêt de 50 millions de dollars pour l'irrigation.",
            "Sahel Energy Group",
            "NER",
        ),
    ],
)
def test_the_outlet_of_a_wire_dateline_is_no_party(text: str, outlet: str, state: str) -> None:
    reading = read(text)
    assert reading.parties == [state]
    assert all(outlet not in a.parties for a in reading.agreements)


def test_the_outlet_of_a_wire_dateline_is_no_mention() -> None:
    text = (
        "ДУШАНБЕ, 20 августа (Asia Energy Group) – Таджикистан и Узбекистан подписали в среду "
        "соглашение об энергетике."
    )
    assert {m.code for m in find_mentions(text, "ru")} == {"TJK", "UZB"}


def test_a_portfolio_before_a_minister_title_is_no_party() -> None:
    reading = read(
        "date 2026-08-20 The World Bank signed a $40 million grant with the state utility "
        "Ecuapower to upgrade substations. Ecuapower's manager Luis Vera signed for the "
        "utility, with Energy Minister Rosa Mena looking on."
    )
    assert "Energy" not in reading.parties


def test_the_saudi_fund_by_its_french_name_and_initials_is_saudi_arabia() -> None:
    reading = read(
        "date 2026-04-14 Le président tchadien a signé à Riyad deux accords de prêt avec le "
        "Fonds saoudien pour le développement (FSD). Les accords avec le FSD ont été signés par "
        "le ministre des Finances, Ali Mahamat, et par le directeur général du Fonds, Sultan "
        "Al-Murshed."
    )
    assert "SAU" in reading.parties
    assert not [p for p in reading.parties if "Fonds" in p or "FSD" in p]
