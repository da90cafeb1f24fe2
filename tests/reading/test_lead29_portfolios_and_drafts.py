"""Session 29 (lead): a portfolio's words are no person's name; the texts a drafting verb
governs, coordinated, are all still to be signed; a trading floor run as a firm signs as
itself."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_OPENING = "Mali and Senegal held the second session of their joint commission in Bamako. "


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Guinea's Minister of Foreign Affairs, African Integration and Guineans Abroad, "
            "Morissanda Kouyaté, arrived in Delhi.",
            "Morissanda Kouyaté",
        ),
        (
            "Niger's Minister of Foreign Affairs, Cooperation and Nigeriens Abroad, Bakary "
            "Yaou Sangaré, arrived in Delhi.",
            "Bakary Yaou Sangaré",
        ),
    ],
)
def test_a_portfolio_word_is_no_name(sentence, name):
    people = [p.name for p in read(sentence).people]
    assert people == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission instructed officials to finalise a bilateral investment treaty "
        "and an agreement on mutual legal assistance in criminal matters.",
        "Les ministres ont chargé les experts de finaliser un accord sur le tourisme et une "
        "convention d'entraide judiciaire en matière pénale.",
        "Министры поручили экспертам доработать соглашение о туризме и соглашение о "
        "взаимной правовой помощи по уголовным делам.",
    ],
)
def test_texts_a_drafting_verb_governs_are_planned(sentence):
    statuses = [a.status for a in read(_OPENING + sentence).agreements]
    assert statuses == ["planned", "planned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers agreed to finalise an agreement on tourism and signed an agreement on "
        "mutual legal assistance in criminal matters.",
        "Les ministres ont convenu de finaliser un accord sur le tourisme et ont signé un "
        "accord d'entraide judiciaire en matière pénale.",
    ],
)
def test_a_text_with_its_own_signing_verb_is_signed(sentence):
    statuses = [a.status for a in read(_OPENING + sentence).agreements]
    assert statuses == ["planned", "signed"]


def test_a_bourse_signs_as_itself():
    reading = read("Botswana signed a memorandum with the Bharat Diamond Bourse on rough diamonds.")
    assert reading.agreements[0].parties == ["BWA", "Bharat Diamond Bourse"]
