"""Companies and a state's bodies as sides (drawD26, session 26), on invented sentences: a
session's minutes called by the English calque "protocol of the meeting"; a state's adjective
that is also a given name opening a company's name ("the Georgian Oil and Gas Corporation");
an Iberian legal form before the known short name ("…, E.P. (Sonangol)"); oil words that hold
"water" ("deep-water blocks", "reservoir modelling"); an older text a new one replaces, told
by "a"; a report denied by what the spokesman says ("no such document had been signed"); a
firm told by its head's title after a possessive ("X's regional president"); a list item's
partner after "a memorandum with"; a list that details the text its lead told; the last of a
list of places is no person; a known company's name opening a longer one abbreviated in
brackets (a subsidiary), its parent in an apposition; a state's power utility named as an
authority or a board (SPEC: a company, even a state-owned one, is a party of its own)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str):
    return read(text).agreements


def _sides(text: str) -> list[set[str]]:
    return [set(a.parties) for a in _agreements(text)]


# -- minutes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 9th meeting of the Kenya-Tanzania intergovernmental commission on economic "
        "cooperation closed in Arusha on Friday.\nThe commission's co-chairs, Kenya's Foreign "
        "Minister John Mwangi and Tanzania's Trade Minister Amina Juma, signed the protocol of "
        "the meeting.",
        "The Ghana-Togo joint commission for economic cooperation ended its fifth session in "
        "Lomé on Tuesday, when the two ministers signed the protocol of the fifth session.",
    ],
)
def test_protocol_of_the_meeting_is_the_minutes(text: str) -> None:
    found = _agreements(text)
    assert len(found) == 1
    assert found[0].sectors == ["general"]


# -- names of companies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Kazakhstan's KazMunayGas and the Georgian Oil and Gas Corporation signed a supply "
            "contract on Thursday.",
            "Georgian Oil and Gas Corporation",
        ),
        (
            "Turkey's Botas and the Jordan Phosphate and Mines Company signed a supply contract "
            "in Amman on Monday.",
            "Jordan Phosphate and Mines Company",
        ),
    ],
)
def test_a_states_adjective_that_is_a_given_name_opens_a_company(text: str, company: str) -> None:
    assert any(company in sides for sides in _sides(text))


def test_iberian_legal_form_before_a_known_short_name() -> None:
    text = (
        "Sociedade Nacional de Combustíveis de Angola, E.P. (Sonangol) and the Nigerian "
        "National Petroleum Company signed a memorandum of understanding on Monday on gas "
        "supply."
    )
    parties = read(text).parties
    assert "Sonangol" in parties
    assert not any(p.startswith("Sociedade") for p in parties)


def test_a_known_companys_name_opening_a_longer_abbreviated_one_is_a_subsidiary() -> None:
    text = (
        "The Bangladesh Power Development Board and NTPC Renewable Energy Power (NREP), a "
        "subsidiary of India's NTPC, signed a power purchase agreement on Monday."
    )
    parties = read(text).parties
    assert "NREP" in parties
    assert "NTPC" not in parties


@pytest.mark.parametrize(
    ("text", "utility"),
    [
        (
            "The Malawi Electricity Authority (MEA) and Kestrel Power signed a power sales "
            "agreement on Monday under which MEA will buy 50 megawatts.",
            "MEA",
        ),
        (
            "The Gambia Power Supply Board (GPSB) and Karpowership signed a power purchase "
            "agreement in Banjul on Friday.",
            "GPSB",
        ),
    ],
)
def test_a_states_power_utility_named_as_an_authority_signs_as_itself(
    text: str, utility: str
) -> None:
    assert any(utility in sides for sides in _sides(text))


# -- a firm told by its head, a list item's partner ------------------------------------------


def test_a_firm_told_by_its_heads_title_after_a_possessive_signs_in_a_list() -> None:
    text = (
        "Kenya's Ministry of Energy signed two deals on Monday, September 21. The two documents, "
        "signed in Nairobi, are:\n"
        "- a memorandum of understanding with Norvexa Turbines for the supply of gas turbines;\n"
        "- a construction contract with PowerChina for a solar plant near Garissa.\n"
        "Norvexa Turbines's regional president, Ana Reyes, signed for her company."
    )
    sides = _sides(text)
    assert {"KEN", "Norvexa Turbines"} in sides
    assert {"KEN", "PowerChina"} in sides


# -- a text's sense --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("the joint technical evaluation of deep-water blocks in the Kwanza basin", ["energy"]),
        ("reservoir modelling and well-integrity services", ["energy"]),
        ("l'exploration des blocs en eaux profondes", ["energy"]),
        ("разведка глубоководных блоков", ["energy"]),
        ("the deep-water port of Lekki", ["transport"]),
    ],
)
def test_oil_words_that_hold_water(phrase: str, sectors: list[str]) -> None:
    from suivi.reading.sectors import sectors_of

    assert sectors_of(phrase) == sectors


@pytest.mark.parametrize(
    "text",
    [
        "KazMunayGas and the Uzbek company Uzbekneftegaz signed a gas contract on Monday. "
        "KazMunayGas vice-president Ali Bek and Uzbekneftegaz director Timur Aliev signed the "
        "contract, which replaces a supply deal that expires at the end of 2026.",
        "Le Sénégal et la Mauritanie ont signé lundi un contrat de fourniture de gaz. Le "
        "directeur de Petrosen a signé le contrat, qui remplace un accord de fourniture arrivé "
        "à échéance.",
    ],
)
def test_an_older_text_replaced_told_by_a_is_no_text_of_the_event(text: str) -> None:
    assert len(_agreements(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Asked about reports that Nairobi had signed a new agreement with Ethiopia on power "
        "exports, a ministry spokesman said no such document had been signed and that talks "
        "were continuing.",
        "Asked about reports of an agreement with Ethiopia on power exports, the minister said "
        "it had never been signed.",
    ],
)
def test_a_report_denied_by_what_is_said(text: str) -> None:
    assert _agreements(text) == []


def test_a_list_details_the_text_its_lead_told() -> None:
    text = (
        "Kenya's energy minister signed a memorandum with Siemens Energy on Monday and put his "
        "name to an agreement with neighbouring Uganda to double the capacity of the power line "
        "between the two countries.\n"
        "The two documents, signed in Nairobi, are:\n"
        "- a memorandum of understanding with Siemens Energy to upgrade 14 substations;\n"
        "- an agreement between the governments of Kenya and Uganda to raise the capacity of "
        "the Tororo-Lessos interconnection.\n"
    )
    sides = _sides(text)
    assert sides.count({"KEN", "UGA"}) == 1


# -- people ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Siemens Energy will upgrade 14 substations in Basra, Maysan and Dhi Qar, the "
            "Iraqi minister Karim Saadi said.",
            "Dhi Qar",
        ),
    ],
)
def test_the_last_of_a_list_of_places_is_no_person(text: str, place: str) -> None:
    assert place not in [p.name for p in read(text).people]
