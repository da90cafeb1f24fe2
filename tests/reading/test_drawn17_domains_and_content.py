"""Two readings of a list of texts (sentences written for these tests):
- a domain that names its place by a noun of geography and a proper name ("la gestion des
  eaux du lac Titicaca", "the management of the waters of Lake Victoria", «охраны вод реки
  Амударья») is still a short domain, one text of the list, not a clause that ends it;
- a text another text provides for is its content, no text of its own: "Le plan d'action
  prévoit ... un programme d'échanges", "The roadmap provides for a training programme"
  («Меморандум предусматривает программу обменов» the base already read so); a signing it
  provides for announces a text (guard).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le Pérou et la Bolivie ont signé lundi des accords dans les domaines de la sécurité "
        "frontalière, de l'éducation bilingue et de la gestion des eaux du lac Titicaca.",
        "Le Mali et la Guinée ont signé jeudi des accords dans les domaines de la santé, de "
        "l'agriculture et de la gestion des eaux du fleuve Niger.",
        "Kenya and Uganda signed agreements on Monday in the fields of health, trade and the "
        "management of the waters of Lake Victoria.",
    ],
)
def test_a_named_place_keeps_the_domain_short(text):
    sectors = [a.sectors for a in read(text).agreements]
    assert ["water"] in sectors and len(sectors) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Le Pérou et la Bolivie ont signé lundi un plan d'action pour 2026-2027. Le plan "
        "d'action prévoit notamment l'ouverture d'un centre frontalier et un programme "
        "d'échanges d'enseignants.",
        "Kenya and Tanzania signed a cooperation roadmap on Monday. The roadmap provides for "
        "joint border patrols and a training programme for customs officers.",
        # Russian the base already read so (guard)
        "Казахстан и Киргизия подписали в понедельник меморандум о сотрудничестве в области "
        "образования. Меморандум предусматривает программу обменов преподавателями.",
    ],
)
def test_a_text_provided_for_is_content(text):
    assert len(read(text).agreements) == 1


def test_a_signing_provided_for_is_a_text():
    reading = read(
        "Le Pérou et la Bolivie ont signé lundi un plan d'action pour 2026-2027. Le plan "
        "d'action prévoit la signature d'un accord sur la pêche en 2027."
    )
    assert any(a.sectors == ["agriculture"] for a in reading.agreements)
