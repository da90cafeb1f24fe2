"""Talks the sides decide to open or to carry on about a text they name announce that text
(SPEC `planned`: announced or to be signed): "agreed to start talks on an agreement on …",
"ont convenu de poursuivre les négociations sur un accord relatif à …", «договорились начать
переговоры по соглашению о …». Talk alone ("les deux pays négocient un accord", "discussed
an agreement") stays talk and makes no text. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2025-03-04")


@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        (
            "fr",
            "Le Togo et le Bénin ont convenu d'engager des négociations sur un accord relatif à "
            "l'extradition.",
            "justice",
        ),
        (
            "fr",
            "Les deux délégations ont décidé de poursuivre les négociations sur une convention "
            "de sécurité sociale, qui pourrait être signée l'an prochain.",
            "migration",
        ),
        (
            "en",
            "Kenya and Uganda agreed to start talks on an agreement on the mutual recognition of "
            "driving licences.",
            "transport",
        ),
        (
            "en",
            "The committee reviewed the 2015 treaty, and the ministers decided to resume "
            "negotiations on a convention on legal assistance in criminal matters.",
            "justice",
        ),
        (
            "ru",
            "Стороны договорились начать переговоры по соглашению о взаимной защите инвестиций.",
            "economy",
        ),
    ],
)
def test_decided_talks_announce_the_text(lang: str, text: str, sector: str) -> None:
    planned = [a for a in read(text, lang) if a.status == "planned"]
    assert len(planned) == 1
    assert sector in planned[0].sectors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Togo et le Bénin négocient actuellement un accord sur l'extradition."),
        ("en", "Kenya and Uganda discussed an agreement on driving licences."),
        ("en", "Negotiations on a convention on legal assistance have stalled since 2019."),
        ("ru", "Стороны обсудили соглашение о защите инвестиций."),
    ],
)
def test_talk_alone_makes_no_text(lang: str, text: str) -> None:
    assert read(text, lang) == []
