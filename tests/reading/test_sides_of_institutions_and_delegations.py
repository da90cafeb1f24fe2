"""Who the sides of an agreement are when each text is signed by a different institution,
business organisation, fund or company of two states, and when later sentences say only "the
two parties".

SPEC: a state's institutions (ministries, agencies, ports, public universities) stand for
their state; companies and other organisations are parties in their own right,
named as the text spells them (the short name in brackets when it gives one); a state in their
name is their home, not a side. Sentences written for these tests in the style of press
coverage (fr/en/ru).
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chambers of commerce and employers' confederations sign as themselves, by acronym
        (
            "La Confédération nationale des employeurs du Sénégal (CNES) et la Confédération "
            "générale des entreprises du Maroc (CGEM) ont signé une convention de partenariat "
            "sur l'investissement.",
            ["CGEM", "CNES"],
        ),
        (
            "The Ghana Chamber of Commerce and Industry (GNCCI) and the Turkish Chamber of "
            "Commerce (TOBB) signed a memorandum to promote trade.",
            ["GNCCI", "TOBB"],
        ),
        (
            "The Federation of Kenya Employers (FKE) signed a memorandum on labour migration "
            "with Qatar's Ministry of Labour.",
            ["FKE", "QAT"],
        ),
        # a Moroccan phosphate group and bank the vocabularies now know: companies
        (
            "L'Office chérifien des phosphates (OCP) a signé avec l'Agence nationale de conseil "
            "agricole et rural (ANCAR) du Sénégal un contrat de fourniture d'engrais.",
            ["OCP", "SEN"],
        ),
        (
            "Le groupe bancaire Attijariwafa bank a signé avec le ministère sénégalais des "
            "Finances une convention de financement des PME.",
            ["Attijariwafa bank", "SEN"],
        ),
        # a fund signs as itself (SPEC's companies; test_company_sides: PIF, Mubadala), also
        # where only an apposition after its name and short name says it is a fund
        (
            "Separately, the Indonesia Investment Authority (INA), the country's sovereign "
            "wealth fund, signed a co-investment agreement with the Tanzania Investment Centre.",
            ["INA", "TZA"],
        ),
        (
            "Kenya and the Oman Investment Authority (OIA), the sultanate's sovereign wealth "
            "fund, signed a memorandum on food security.",
            ["KEN", "OIA"],
        ),
        # an agency so described is its state's
        (
            "The Kenya Investment Authority (KenInvest), the national investment promotion "
            "agency, signed a memorandum with Oman.",
            ["KEN", "OMN"],
        ),
        (
            "Эмиратский инвестиционный фонд Mubadala подписал с Россией соглашение об инвестициях.",
            ["Mubadala", "RUS"],
        ),
    ],
)
def test_organisations_that_sign_and_institutions(text, expected):
    assert sorted(expected) in agreement_sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city inside the name of a state's port or university is that state, acting
        (
            "L'Université de Dakar et l'Université Mohammed V de Rabat ont signé une "
            "convention de coopération scientifique.",
            ["MAR", "SEN"],
        ),
        (
            "Addis Ababa University and Moscow State University signed an agreement on training.",
            ["ETH", "RUS"],
        ),
        # named as the place of the signing, it is no side
        (
            "Kenya and Uganda signed an agreement on fisheries at the University of Nairobi.",
            ["KEN", "UGA"],
        ),
        # the funder named by its agency's acronym in brackets is no side
        (
            "Le Sénégal et le Maroc se sont réunis à Dakar. Le Port autonome de Dakar et "
            "l'Agence nationale des ports (ANP) du Maroc ont conclu un mémorandum sur "
            "l'expertise portuaire, dont le volet formation est financé par l'Agence japonaise "
            "de coopération internationale (JICA).",
            ["MAR", "SEN"],
        ),
    ],
)
def test_seats_in_institution_names_and_funders(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


def test_first_clause_takes_no_signer_of_the_next():
    text = (
        "Tanzania and Indonesia held talks in Dar es Salaam. The University of Dar es Salaam "
        "and Gadjah Mada University signed an agreement on joint research in marine science, "
        "while the Zanzibar Investment Promotion Authority signed with cement maker Semen "
        "Indonesia a memorandum on a cement plant."
    )
    assert agreement_sides(text) == [["IDN", "TZA"], ["Semen Indonesia", "TZA"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the states' text and a company's, "the two parties" are the states
        (
            "Le Sénégal et le Maroc ont signé un accord sur l'énergie à Dakar. Le groupe "
            "Attijariwafa bank a signé avec le ministère sénégalais des Finances une convention "
            "de financement des PME. Les deux parties ont en outre signé un protocole sur la "
            "pêche.",
            ["MAR", "SEN"],
        ),
        (
            "Россия и Эфиопия подписали соглашение о геологии. Компания «Уралхим» подписала с "
            "Министерством сельского хозяйства Эфиопии контракт на поставку удобрений. Стороны "
            "также подписали меморандум в сфере здравоохранения.",
            ["ETH", "RUS"],
        ),
        # a story a company leads: the sides are the company and the state
        (
            "Rosatom and Ethiopia signed a memorandum on nuclear medicine. The sides also "
            "signed a roadmap on training.",
            ["ETH", "Rosatom"],
        ),
        # a text of another scene in a relative clause of place is not what they stand for
        (
            "Tanzania and Indonesia signed a framework agreement on trade on Monday. Prabowo "
            "arrived from Nairobi, where Indonesia and Kenya signed an agreement on tea on "
            "Friday. The two parties signed a memorandum on fisheries.",
            ["IDN", "TZA"],
        ),
    ],
)
def test_the_two_parties(text, expected):
    assert agreement_sides(text)[-1] == sorted(expected)


def test_business_organisation_is_a_top_level_party():
    reading = read(
        "La Chambre de commerce, d'industrie et d'agriculture de Dakar (CCIAD) a signé avec la "
        "Chambre de commerce de Casablanca (CCIC) un accord de jumelage."
    )
    assert {"CCIAD", "CCIC"} <= set(reading.parties)
