"""Sector words that name no domain where they stand, and a border treaty's domain:
- a border as where something stands, before its locality («центр … на границе в
  Кара-Суйском районе», "a centre on the border in the Osh region", "à la frontière, dans la
  région de Kayes") is no border security;
- a treaty on the state border itself («договор о … государственной границе», "the treaty on
  the state border", "le traité sur la frontière d'État") is between states (diplomacy);
  guarding the border stays security (guard);
- "au stade de l'examen", "à ce stade" is a step of a process, not a stadium (culture), and a
  text still at the stage of review is planned («в стадии рассмотрения» already was).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Кыргызстан и Узбекистан подписали соглашение о создании индустриального парка на "
        "границе в Ошском районе.",
        "Kyrgyzstan and Uzbekistan signed an agreement on an industrial park on the border in "
        "the Osh region.",
        "Le Mali et le Sénégal ont signé un accord sur un parc industriel à la frontière, dans "
        "la région de Kayes.",
    ],
)
def test_a_place_on_the_border_is_no_security(text):
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["economy"]


@pytest.mark.parametrize(
    "text",
    [
        "Договор о кыргызско-узбекской государственной границе вступил в силу.",
        "The treaty on the Kyrgyz-Uzbek state border has entered into force.",
        "Le traité sur la frontière d'État entre les deux pays est entré en vigueur.",
    ],
)
def test_a_state_border_treaty_is_diplomacy(text):
    assert sectors_of(text) == ["diplomacy"]


@pytest.mark.parametrize(
    "phrase",
    [
        "соглашение об охране государственной границы",
        "an agreement on the protection of the state border",
    ],
)
def test_guarding_the_border_stays_security(phrase):
    assert sectors_of(phrase) == ["security"]


def test_a_stage_is_no_stadium():
    assert sectors_of("un accord sur la double imposition, au stade de l'examen") == ["economy"]
    assert sectors_of("la construction d'un stade de football") == ["infrastructure", "culture"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et le Niger ont signé lundi un accord sur l'énergie. Un accord sur la double "
        "imposition reste, lui, au stade de l'examen par les administrations fiscales.",
        "Mali and Niger signed an energy agreement on Monday. An agreement on double taxation "
        "is still at the stage of review by the tax administrations.",
    ],
)
def test_a_text_at_the_stage_of_review_is_planned(text):
    statuses = {a.sectors[0]: a.status for a in read(text).agreements}
    assert statuses == {"energy": "signed", "economy": "planned"}
