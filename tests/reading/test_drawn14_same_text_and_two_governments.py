"""Two ways a story refers back to what it has just told.

A text set in apposition among others of its kind ("signed a power purchase agreement …, the
last of the contracts needed", "un contrat …, le dernier des contrats nécessaires", «договор
…, последний из контрактов») is the text just named, one of a set the writer tells, not one
more. "The two governments", "les deux gouvernements" are states: where the pair named just
before is two companies, the governments are the two states the story names. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kenya Power and Globeleq signed a 20-year power purchase agreement for the Menengai "
            "plant on Friday, the last of the contracts needed before construction can begin.",
            "en",
        ),
        (
            "La Senelec et Eranove ont signé vendredi un contrat d'achat d'électricité pour la "
            "centrale de Kaolack, le dernier des contrats nécessaires avant le début de la "
            "construction.",
            "fr",
        ),
        (
            "Компании «Интер РАО» и «Силовые машины» подписали договор на поставку "
            "электроэнергии, последний из контрактов, необходимых для начала строительства.",
            "ru",
        ),
    ],
)
def test_one_of_a_set_in_apposition_is_the_text_named(text: str, lang: str) -> None:
    (agreement,) = agreements_of(text, lang, published="2025-05-16")
    assert agreement.sectors == ["energy"]


def test_a_list_of_texts_keeps_its_items() -> None:
    text = "Kenya and Ghana signed an agreement on trade and three memoranda on health and water."
    found = agreements_of(text, "en", published="2025-05-16")
    assert len(found) == 3


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        (
            "Kenya Power and Globeleq signed a power purchase agreement for the Menengai plant "
            "in Nairobi on Friday. Kenya's energy minister and the British high commissioner "
            "attended the signing.\n\nThe plant will be built by Menengai Power Limited, a "
            "joint venture set up by Kenya Power and Globeleq in 2011. The two governments "
            "agreed in an intergovernmental memorandum signed in April to convert the site to "
            "solar.",
            "en",
            {"KEN", "GBR"},
        ),
        (
            "La Senelec et Eranove ont signé un contrat d'achat d'électricité pour la centrale "
            "de Kaolack. Le Sénégal et la France ont soutenu le projet.\n\nLa centrale sera "
            "construite par une coentreprise créée par la Senelec et Eranove en 2011. Les deux "
            "gouvernements ont convenu dans un mémorandum signé en avril de convertir le site "
            "au solaire.",
            "fr",
            {"SEN", "FRA"},
        ),
    ],
)
def test_the_two_governments_are_states(text: str, lang: str, sides: set[str]) -> None:
    memoranda = [
        a for a in agreements_of(text, lang, published="2025-05-16") if a.kind == "memorandum"
    ]
    assert [set(a.parties) for a in memoranda] == [sides]
