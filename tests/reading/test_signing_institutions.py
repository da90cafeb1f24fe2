"""A state's institution that signs stands for its state (SPEC), even where the NER reads
it as an organisation of its own: the subject of the signing ("X signed ...") is found,
and an institution described as one ("Brazil's state development bank BNDES"), an acronym
introduced after an institution's name ("Rwanda Development Board (RDB)") or a Russian
federal body's short form («Минэнерго») gives its state's code. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil and Paraguay discussed Itaipu. Brazil's state development bank BNDES signed "
            "a loan agreement with Paraguay for a bridge.",
            ["BRA", "PRY"],
        ),
        (
            "The Rwanda Development Board (RDB) signed a memorandum of understanding with Egypt "
            "on investment promotion. Egypt and Rwanda also discussed trade. RDB signed a second "
            "memorandum with Egypt on tourism.",
            ["EGY", "RWA"],
        ),
        (
            "Россия и Египет расширяют сотрудничество. Минэнерго подписало с Египтом меморандум "
            "о сотрудничестве в области энергетики.",
            ["EGY", "RUS"],
        ),
        (
            "Россия и Гвинея развивают сотрудничество. Госдума и Национальное собрание Гвинеи "
            "подписали соглашение о межпарламентском сотрудничестве.",
            ["GIN", "RUS"],
        ),
        (
            "Kenya and Uganda signed agreements. The Kenya Defence Forces signed a memorandum "
            "with Uganda on joint patrols.",
            ["KEN", "UGA"],
        ),
        (
            "Le Sénégal et la Gambie ont signé des accords. La Gendarmerie nationale a signé avec "
            "la Gambie un protocole sur la sécurité.",
            ["GMB", "SEN"],
        ),
    ],
)
def test_an_institution_that_signs_is_its_state(text, expected):
    assert all(found == expected for found in agreement_sides(text))
    assert agreement_sides(text)


def test_a_company_that_signs_is_a_side_of_its_own():
    text = (
        "Le Sénégal et le Maroc ont renforcé leurs liens. La société Sonatel a signé avec le "
        "Maroc une convention sur le numérique."
    )
    assert agreement_sides(text) == [["MAR", "Sonatel"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Uganda signed five agreements. KenGen and UEGCL signed a memorandum on "
            "geothermal energy.",
            # both read as companies since acronyms16 (capitals that sign: SPEC, a company,
            # even a state-owned one, is a party of its own), one kind, no mix
            [["KenGen", "UEGCL"]],
        ),
        (
            "The Ghanaian and Ivorian governments signed an agreement on cocoa. COCOBOD and the "
            "Conseil du Café-Cacao signed a memorandum on pricing.",
            [["CIV", "GHA"], ["CIV", "GHA"]],
        ),
    ],
)
def test_one_of_two_subjects_alone_is_no_side(text, expected):
    """Two coordinated subjects sign as one kind: one read as an organisation and the other
    not would mix an organisation with the story's states."""
    assert agreement_sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia and Senegal expanded media ties. TASS signed a cooperation agreement with the "
            "Senegalese Press Agency on news exchange.",
            ["RUS", "SEN"],
        ),
        (
            "Россия и Мали расширяют сотрудничество в СМИ. ТАСС подписал соглашение о "
            "сотрудничестве с Малийским агентством печати.",
            ["MLI", "RUS"],
        ),
    ],
)
def test_a_public_press_agency_that_signs_is_its_state(text, expected):
    """SPEC: a public press agency stands for its state."""
    assert agreement_sides(text) == [expected]


def test_a_press_agency_quoted_is_no_party():
    text = (
        "Россия и Египет подписали соглашение о сотрудничестве в области энергетики, сообщает "
        "ТАСС. Египет и Россия развивают отношения."
    )
    assert read(text).to_dict()["parties"] == ["RUS", "EGY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain and Senegal expanded ties. AECID signed an agreement with Senegal on fisheries.",
            ["ESP", "SEN"],
        ),
        ("Norway and Malawi renewed their ties. Norad signed an agreement with Malawi on "
         "agriculture.", ["MWI", "NOR"]),
    ],
)  # fmt: skip
def test_a_development_agency_that_signs_is_its_state(text, expected):
    assert agreement_sides(text) == [expected]
