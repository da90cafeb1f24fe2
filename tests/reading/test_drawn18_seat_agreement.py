"""A headquarters agreement (the seat a state grants an organisation, with its privileges and
immunities) is a text of diplomatic law: SPEC's `diplomacy`. "L'accord de siège", "a
headquarters agreement", "a host country agreement", «соглашение о штаб-квартире» name their
domain in the kind's own complement, which the words after the mention left out, so the text
was read `general` (or took a domain from the organisation's name). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI - Le parlement a autorisé la ratification de l'accord de siège entre le Kenya "
        "et l'Organisation mondiale de la santé, signé en 2024.",
        "DAKAR - Senegal and the International Organization for Migration signed a headquarters "
        "agreement on Monday for the new regional office.",
        "ACCRA - Ghana and the African Union signed a host country agreement for the secretariat "
        "on Monday.",
        "АСТАНА - Казахстан и Организация исламского сотрудничества подписали в понедельник "
        "соглашение о штаб-квартире регионального центра.",
    ],
)
def test_the_seat_agreement_is_diplomacy(text):
    reading = read(text)
    assert [a.sectors for a in reading.agreements] == [["diplomacy"]]


@pytest.mark.parametrize(
    "phrase",
    [
        "les privilèges et immunités du personnel du bureau",
        "the privileges and immunities of the staff",
        "привилегии и иммунитеты персонала",
    ],
)
def test_privileges_and_immunities_are_diplomacy(phrase):
    assert sectors_of(phrase) == ["diplomacy"]
