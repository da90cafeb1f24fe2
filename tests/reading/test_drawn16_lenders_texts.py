"""Texts signed with lenders, by the shapes their stories take. Sentences written for these
tests.

- An ordinal told with its own partner after a count ("deux accords … avec la BID et le Fonds
  OPEP. Le premier, conclu avec la BID, …", "The second, a loan signed with BADEA, …", "Un
  autre accord, avec le Fonds koweïtien …") binds that partner and the count's state, not
  every side the count named.
- A text under negotiation that "devrait être signé", "is expected to be signed" (SPEC:
  planned, announced or to be signed) is read, planned; "négociations" alone left it out.
- A lender's own name names no domain of its texts: "le Fonds koweïtien pour le développement
  économique arabe" (its reach closes the name) is not economy; "le Fonds de coopération pour
  le développement économique" keeps its economy (guard: dev c42 reads its loans so).
- A partnership strategy told as signed ("la Stratégie de partenariat pays 2024-2027 signée
  entre le Togo et la BID", "the Country Partnership Strategy … signed", «Стратегия
  партнёрства …, подписанная») is a framework; one in preparation is none (guard).
- "le Fonds OPEP", "le Fonds de l'OPEP" is the OPEC Fund (`OPEC Fund`, as the IsDB and the
  AfDB go by their English names in French texts), not OPEC.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(reading):
    return [set(a.parties) for a in reading.agreements]


def test_each_ordinal_with_its_partner_french():
    reading = read(
        "Le Togo a signé jeudi à Lomé deux accords de financement avec la Banque islamique de "
        "développement (BID) et le Fonds de l'OPEP pour le développement international. Le "
        "premier, conclu avec la BID, porte sur 50 millions de dollars pour une route. Le "
        "second, un accord de prêt signé avec le Fonds OPEP, finance l'électrification rurale."
    )
    assert _sides(reading) == [{"TGO", "IsDB"}, {"TGO", "OPEC Fund"}]
    assert "OPEC" not in reading.parties


def test_each_ordinal_with_its_partner_english():
    reading = read(
        "Togo signed two financing agreements with the Islamic Development Bank (IsDB) and the "
        "Arab Bank for Economic Development in Africa (BADEA) in Lome on Thursday. The first, "
        "signed with the IsDB, is worth $50 million for a road. The second, a loan signed with "
        "BADEA, finances rural electrification."
    )
    assert {"TGO", "BADEA"} in _sides(reading)
    assert all(len(sides) == 2 for sides in _sides(reading))


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        (
            "Le Togo a signé jeudi à Lomé un accord de prêt avec la Banque mondiale pour la "
            "santé. Le ministre a salué ce financement. Un autre accord, avec le Fonds koweïtien "
            "pour le développement économique arabe, destiné à l'extension du port sec de Lomé, "
            "est en cours de négociation et devrait être signé en 2027.",
            True,
        ),
        (
            "Togo signed a loan agreement with the World Bank for health in Lome on Thursday. The "
            "minister welcomed the financing. Another agreement, with the Kuwait Fund for Arab "
            "Economic Development, for the extension of the Lome dry port, is being negotiated "
            "and is expected to be signed in 2027.",
            True,
        ),
        (
            "Того подписало в четверг в Ломе кредитное соглашение со Всемирным банком в сфере "
            "здравоохранения. Министр приветствовал финансирование. Ещё одно соглашение, с "
            "Кувейтским фондом арабского экономического развития, о расширении сухого порта "
            "Ломе, находится в стадии переговоров и должно быть подписано в 2027 году.",
            False,
        ),
    ],
)
def test_another_text_with_its_own_lender(text, planned):
    reading = read(text)
    kuwait = [a for a in reading.agreements if "KWT" in a.parties]
    assert len(kuwait) == 1
    assert set(kuwait[0].parties) == {"TGO", "KWT"}
    assert kuwait[0].sectors == ["transport"]
    if planned:
        assert kuwait[0].status == "planned"


def test_a_lenders_name_without_its_reach_keeps_its_domain():
    (agreement,) = read(
        "Le Sénégal et la Corée ont signé un accord-cadre relatif aux prêts du Fonds de "
        "coopération pour le développement économique (EDCF) pour la période 2024-2028."
    ).agreements
    assert agreement.sectors == ["economy"]


@pytest.mark.parametrize(
    "text",
    [
        "Ces accords s'inscrivent dans la Stratégie de partenariat pays 2024-2027 signée entre "
        "le Togo et la BID en mars 2024, qui prévoit 800 millions de dollars.",
        "The loans fall under the Country Partnership Strategy 2024-2027 signed between Togo "
        "and the IsDB in March 2024, which foresees $800 million.",
        "Займы вписываются в Стратегию партнёрства 2024–2027, подписанную между Того и ИсБР в "
        "марте 2024 года.",
    ],
)
def test_a_signed_partnership_strategy_is_a_framework(text):
    (agreement,) = read(text).agreements
    assert agreement.kind == "framework"
    assert set(agreement.parties) == {"TGO", "IsDB"}
    assert agreement.date == "2024-03"


def test_a_strategy_in_preparation_is_no_text():
    reading = read("La BID prépare une nouvelle stratégie de partenariat avec le Togo pour 2028.")
    assert reading.agreements == []
