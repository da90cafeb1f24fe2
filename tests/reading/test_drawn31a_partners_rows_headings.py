"""Drawn documents b117, b414, b415, b504, b674 (drawA32, session 32): invented sentences.

- "un accord de coopération avec l'UNICEF", "a memorandum of cooperation with UNICEF",
  «меморандум о сотрудничестве с ЮНИСЕФ»: the "with" names a partner (only "in cooperation
  with", "en coopération avec", «в сотрудничестве с» set it apart as a helper);
- "X et son homologue sénégalais Y ont signé …": each person signs for his own state;
- an acronym ending a sentence makes the next sentence's acronym no heading in capitals;
- soil fertility (mapped or not) is agriculture;
- a table's row of cells names its own sides, not the story's;
- "A further US$40 million loan from X is due to be signed": the amount before the loan;
- areas of a portfolio or a title ("Finance, Economic Planning and …") are no people;
- «компании STEG Файсал Тарифа»: the Latin company name stops where the Cyrillic person
  begins, and the person's name does not take the company in;
- a few quoted words alone on their line are an intertitle, no quote; a document opening
  the sentence before a quotation speaks it, not the person last named.
"""

from __future__ import annotations

import pytest

from suivi.reading.agreements import _sectors
from suivi.reading.gazetteer import find_mentions
from suivi.reading.pipeline import read


def _sides(text: str, words: str) -> set[str]:
    found = [a for a in read(text).agreements if words in (a.evidence or "")]
    assert found, words
    return set(found[0].parties)


COOPERATION_WITH = {
    "fr": (
        "Le Togo et le Bénin ont signé mardi un accord de coopération avec l'UNICEF.",
        "accord de coopération",
        {"TGO", "BEN", "UNICEF"},
    ),
    "en": (
        "Ghana and Togo signed a memorandum of cooperation with UNICEF on Friday.",
        "memorandum of cooperation",
        {"GHA", "TGO", "UNICEF"},
    ),
    "ru": (
        "Армения и Грузия подписали меморандум о сотрудничестве с ЮНИСЕФ.",
        "меморандум",
        {"ARM", "GEO", "UNICEF"},
    ),
}


@pytest.mark.parametrize("key", sorted(COOPERATION_WITH))
def test_a_cooperation_text_with_an_organisation_has_it_as_a_side(key: str) -> None:
    text, words, sides = COOPERATION_WITH[key]
    assert _sides(text, words) == sides


def test_a_person_and_his_counterpart_sign_for_their_two_states() -> None:
    text = (
        "Lomé recevait jeudi le ministre ghanéen des Affaires étrangères, Kwame Asante. "
        "Au palais, M. Asante et son homologue togolais, Koffi Amegan, ont signé un accord "
        "de coopération avec le Programme alimentaire mondial (PAM)."
    )
    assert _sides(text, "accord de coopération") == {"GHA", "TGO", "WFP"}


def test_an_acronym_closing_a_sentence_leaves_the_next_one_named() -> None:
    text = "Les stagiaires iront à l'ONU.\nOCP Africa a signé un accord avec le Niger."
    codes = [m.code for m in find_mentions(text, "fr")]
    assert "OCP Africa" in codes


@pytest.mark.parametrize(
    "title",
    [
        "un protocole d'accord sur la cartographie de la fertilité des sols",
        "a memorandum on soil fertility mapping",
        "меморандум о картировании плодородия почв",
    ],
)
def test_soil_fertility_is_agriculture(title: str) -> None:
    assert _sectors(title) == ["agriculture"]


def test_a_table_row_names_its_own_sides() -> None:
    text = (
        "Zambia on Monday signed two financing agreements with the World Bank and the "
        "African Export-Import Bank (Afreximbank), one of them with the power utility ZESCO.\n"
        "Credit agreement ; World Bank ; Government of Zambia ; US$50 million ; Feeder roads\n"
        "Facility agreement ; Afreximbank ; ZESCO ; US$80 million ; Fuel for power stations"
    )
    assert _sides(text, "Facility agreement") == {"Afreximbank", "ZESCO"}


def test_a_loan_told_by_its_amount_first_and_to_be_signed() -> None:
    text = (
        "Zambia met the World Bank on Monday. A further US$30 million loan from the OPEC "
        "Fund for International Development for a water supply project in Kitwe is due to "
        "be signed in May."
    )
    found = [a for a in read(text).agreements if "loan" in a.evidence]
    assert found and found[0].status == "planned"
    assert set(found[0].parties) == {"ZMB", "OPEC Fund for International Development"}


@pytest.mark.parametrize(
    "text",
    [
        "Zambia signs\nMinister of Commerce, Economic Planning and Industry Grace Banda "
        "signed the agreement in Lusaka.",
        "Zambia signs\nMinister of Agriculture, Rural Planning and Irrigation Grace Banda "
        "signed the agreement in Lusaka.",
        "Zambia signs\nThey signed a Memorandum of Understanding on the Prevention of "
        "Terrorism and Violent Extremism in Lusaka.",
    ],
)
def test_areas_of_a_portfolio_are_no_people(text: str) -> None:
    names = [p.name for p in read(text).people]
    assert not {"Economic Planning", "Rural Planning", "Violent Extremism"} & set(names)


def test_a_latin_company_name_stops_before_its_heads_cyrillic_name() -> None:
    text = (
        "Глава алжирской компании SONATRACH Рашид Хашиши и глава итальянского "
        "газотранспортного оператора Snam Марко Альвера подписали соглашение о поставках газа."
    )
    reading = read(text)
    assert {"SONATRACH", "Snam"} <= set(reading.parties)
    assert _sides(text, "соглашение") == {"SONATRACH", "Snam"}
    assert not any(p.name.startswith(("Snam", "SONATRACH")) for p in reading.people)


def test_a_quoted_intertitle_is_no_quote() -> None:
    text = (
        "Accra et Lomé ouvrent leurs frontières\n"
        "Le ministre ghanéen Kwame Asante a reçu jeudi son homologue togolais à Accra, où "
        "les deux pays ont signé un accord sur la libre circulation des marchandises.\n"
        "« Un pas vers l'intégration »\n"
        "« Nous ouvrons nos frontières au commerce de nos voisins », a déclaré Kwame Asante."
    )
    bodies = [q.text for q in read(text).quotes]
    assert "Un pas vers l'intégration" not in bodies


@pytest.mark.parametrize(
    "text",
    [
        "Accra et Lomé\nLe ministre ghanéen Kwame Asante a reçu son homologue togolais à "
        "Accra. Pour Kwame Asante, « les deux pays sont frères et le resteront toujours ».\n"
        "Le communiqué final publié en soirée « salue la qualité des relations entre les "
        "deux pays voisins ».",
        "Ghana and Togo\nGhana's minister Kwame Asante received his Togolese counterpart in "
        'Accra. For Kwame Asante, "the two countries are brothers and will always remain '
        'so".\nThe joint statement issued after the talks "welcomes the excellent relations '
        'between the two neighbouring countries".',
    ],
)
def test_a_document_opening_the_sentence_speaks_its_quotation(text: str) -> None:
    quotes = read(text).quotes
    assert quotes and quotes[-1].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Мелони посетила Тунис. Ряд итальянских изданий накануне писал, что в ходе визита "
        "будет подписано соглашение о реадмиссии мигрантов. В МИД Туниса эти сообщения "
        "опровергли.",
        "Meloni visited Tunisia. Several Italian papers reported that an agreement on the "
        "readmission of migrants would be signed during the visit. The Tunisian foreign "
        "ministry denied these reports.",
        "Meloni a visité la Tunisie. Plusieurs journaux italiens ont écrit qu'un accord de "
        "réadmission des migrants serait signé pendant la visite. Le ministère tunisien a "
        "démenti ces informations.",
    ],
)
def test_a_reported_text_whose_reports_the_next_sentence_denies_is_none(text: str) -> None:
    assert read(text).agreements == []


@pytest.mark.parametrize(
    "text",
    [
        "La Gambie et le Sénégal ont signé un accord de coopération. Ce texte, selon une "
        "source diplomatique, doit étendre à 200 écoles du bassin arachidier le programme "
        "de cantines scolaires.",
        "Gambia and Senegal signed a cooperation agreement. The agreement, according to a "
        "diplomatic source, extends the school meals programme to 200 schools of the "
        "groundnut basin.",
    ],
)
def test_a_text_extended_to_schools_of_a_crop_basin_reads_next_sentences_areas(
    text: str,
) -> None:
    found = read(text).agreements
    assert found and set(found[0].sectors) == {"education", "agriculture"}
