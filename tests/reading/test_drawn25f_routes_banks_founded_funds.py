"""Transit states, power lines, banks named again, funds a text founds (drawF29).

Invented sentences for the mechanisms the twenty-fifth draw's documents lost on:
- a state the goods or the power pass through ("transit through the territory of X",
  «через территорию X», "à travers le territoire de X") is a place, no side of the text;
- a power line named by the states it joins ("the Burundi-Rwanda interconnector", "la ligne
  d'interconnexion Burundi-Rwanda", «ЛЭП Россия — Китай») is a route: its states are no
  sides (a line of interconnection is energy);
- «третьего заседания»: the oblique cases of «третий» take four letters after the stem;
- a lender a text founds or whose charter it is («Устав … инвестиционного фонда», "an
  agreement on the establishment of a joint investment fund") is the text's domain (economy),
  not a signer's name to blank;
- "la Banque d'export-import de Corée": a state's export-import bank named with its state
  after it stands for that state (SPEC), no party of its own.
"""

from __future__ import annotations

from suivi.reading.pipeline import read


def _agreements(text: str):
    return read(text).agreements


# --- transit states -------------------------------------------------------------------------


def test_russian_transit_state_is_no_side():
    text = (
        "Президент Казахстана провёл переговоры с Президентом Таджикистана в Душанбе.\n\n"
        "Стороны договорились продолжить работу над проектом соглашения о транзите "
        "электроэнергии через территорию Узбекистана."
    )
    reading = read(text)
    (planned,) = [a for a in reading.agreements if "energy" in a.sectors]
    assert set(planned.parties) == {"KAZ", "TJK"}
    assert "UZB" not in reading.parties


def test_english_transit_state_is_no_side():
    text = (
        "The President of Armenia held talks with the President of Georgia in Tbilisi.\n\n"
        "The sides agreed to continue work on a draft agreement on the transit of electricity "
        "through the territory of Azerbaijan."
    )
    reading = read(text)
    (planned,) = [a for a in reading.agreements if "energy" in a.sectors]
    assert set(planned.parties) == {"ARM", "GEO"}
    assert "AZE" not in reading.parties


def test_french_transit_state_is_no_side():
    text = (
        "Le président du Bénin a reçu le président du Togo à Cotonou.\n\n"
        "Les deux parties sont convenues de poursuivre les travaux sur un projet d'accord sur le "
        "transit de l'électricité à travers le territoire du Niger."
    )
    reading = read(text)
    (planned,) = [a for a in reading.agreements if "energy" in a.sectors]
    assert set(planned.parties) == {"BEN", "TGO"}
    assert "NER" not in reading.parties


# --- power lines as routes ------------------------------------------------------------------


def test_french_power_line_states_are_no_sides():
    text = (
        "Le gouvernement du Burundi et la Banque africaine de développement ont signé mardi à "
        "Bujumbura un accord de prêt de 50 millions de dollars pour la santé.\n\n"
        "La ligne d'interconnexion Burundi-Rwanda a été construite grâce notamment à un accord "
        "de prêt signé avec la Banque en 2015."
    )
    reading = read(text)
    (older,) = [a for a in reading.agreements if a.date == "2015"]
    assert "RWA" not in older.parties
    assert "RWA" not in reading.parties


def test_english_interconnector_states_are_no_sides():
    text = (
        "The Government of Burundi and the African Development Bank signed a loan agreement "
        "of 50 million dollars for health on Tuesday in Bujumbura.\n\n"
        "The Burundi-Rwanda interconnector was built with a loan agreement signed with the "
        "Bank in 2015."
    )
    reading = read(text)
    (older,) = [a for a in reading.agreements if a.date == "2015"]
    assert "RWA" not in older.parties
    assert "RWA" not in reading.parties


def test_russian_genitive_third_session_is_numbered():
    text = (
        "21 августа 2025 года в Баку состоялось второе заседание Высшего межгосударственного "
        "совета Казахстана и Таджикистана. Первое заседание Совета прошло 22 августа 2024 года "
        "в Душанбе.\n\n"
        "Главы государств договорились о проведении третьего заседания Высшего "
        "межгосударственного совета в 2026 году в Туркестане."
    )
    numbers = sorted(s.number for s in read(text).sessions if s.number is not None)
    assert numbers == [1, 2, 3]


# --- funds a text founds --------------------------------------------------------------------


def test_russian_charter_and_founding_of_an_investment_fund_are_economy():
    text = (
        "В ходе визита Президента Казахстана в Душанбе подписаны следующие документы:\n\n"
        "1. Соглашение о сотрудничестве в области транспорта;\n"
        "2. Устав Казахстанско-таджикского инвестиционного фонда.\n\n"
        "Кроме того, Казахстанский инвестиционный холдинг и Фонд прямых инвестиций "
        "Таджикистана подписали договор об учреждении совместного инвестиционного фонда с "
        "капиталом 200 млн долларов."
    )
    agreements = _agreements(text)
    (charter,) = [a for a in agreements if a.kind == "other"]
    assert charter.sectors == ["economy"]
    (founding,) = [a for a in agreements if "учреждении" in a.evidence and a.kind != "other"]
    assert founding.sectors == ["economy"]


def test_english_establishment_of_an_investment_fund_is_economy():
    text = (
        "Kazakhstan and Tajikistan signed an agreement on transport in Dushanbe. The Kazakh "
        "holding and Tajikistan's fund also signed an agreement on the establishment of a joint "
        "investment fund with a capital of 200 million dollars."
    )
    (founding,) = [a for a in _agreements(text) if "establishment" in a.evidence]
    assert founding.sectors == ["economy"]


def test_lender_that_signs_still_names_no_domain():
    text = (
        "Le Sénégal et le Fonds saoudien pour le développement ont signé un accord de prêt pour "
        "la construction d'une route entre Dakar et Thiès."
    )
    (loan,) = _agreements(text)
    assert "economy" not in loan.sectors


def test_french_export_import_bank_stands_for_its_state():
    text = (
        "Le même jour, la Banque mondiale a signé avec la Banque d'export-import de Thaïlande "
        "un accord de cofinancement pour le port."
    )
    reading = read(text)
    (deal,) = reading.agreements
    assert set(deal.parties) == {"WB", "THA"}
    assert set(reading.parties) == {"WB", "THA"}


def test_line_of_interconnection_is_energy():
    fr = (
        "Le Burundi et la Banque africaine de développement ont signé un accord de prêt pour "
        "la ligne d'interconnexion Burundi-Rwanda."
    )
    en = (
        "Burundi and the African Development Bank signed a loan agreement for the "
        "Burundi-Rwanda interconnector."
    )
    for text in (fr, en):
        (loan,) = _agreements(text)
        assert loan.sectors == ["energy"]
        assert set(loan.parties) == {"BDI", "AfDB"}
