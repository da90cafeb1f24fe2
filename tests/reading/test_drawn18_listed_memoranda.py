"""Two shapes of the texts a story lists or recalls (SPEC: one agreement per text identified,
its sectors the areas the text names as its content). Sentences written for these tests.

- "The memoranda cover cooperation on A, the fight against B including C and D, and E": the
  cooperation the verb names opens the list of domains ("cover cooperation on", "portent sur
  la coopération en matière de"), and "the fight against", "la lutte contre", «борьба с» is a
  generic head like "the development of", so a long item is placed by what is fought and the
  list goes on past it: one text a domain.
- "the office, which manages hydropower dams under the 1995 memorandum": a text that governs
  what the clause before it tells ("under", "en vertu de", «в рамках») is about that clause,
  not about what the sentence's earlier clauses (a committee on road safety) speak of.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "LIMA - Peru and Chile signed three memoranda of understanding on Monday. The three "
        "memoranda cover cooperation on phytosanitary inspection and quarantine, the fight "
        "against organised crime including arms and migrant smuggling, and cross-border gas "
        "pipelines.",
        "DAKAR - Le Sénégal et la Gambie ont signé lundi trois mémorandums d'entente. Les trois "
        "mémorandums portent sur la coopération en matière de santé animale et de quarantaine, "
        "la lutte contre la criminalité organisée y compris le trafic d'armes et de migrants, "
        "et les lignes électriques transfrontalières.",
    ],
)
def test_one_memorandum_a_listed_domain(text):
    memoranda = [a for a in read(text).agreements if a.kind == "memorandum"]
    assert [m.sectors[0] for m in memoranda] == ["agriculture", "security", "energy"]


def test_russian_list_after_the_fight_against():
    # the Russian shape was already read so; kept as a guard
    reading = read(
        "МИНСК - Белоруссия и Узбекистан подписали в понедельник три меморандума. Меморандумы "
        "касаются сотрудничества в области ветеринарии и карантина растений, борьбы с "
        "организованной преступностью и контрабандой, а также трансграничных линий "
        "электропередачи."
    )
    assert [a.sectors for a in reading.agreements] == [["agriculture"], ["security"], ["energy"]]


@pytest.mark.parametrize(
    "text",
    [
        "HANOI - Vietnam and Laos opened a new border gate on Monday, and praised the joint board "
        "on road safety and the Mekong River office, which manages hydropower dams along the "
        "river under the 1995 memorandum of understanding.",
        "VIENTIANE - Le Laos et le Vietnam ont salué lundi le comité conjoint sur la sécurité "
        "routière et l'office du fleuve, qui gère les barrages hydroélectriques en vertu du "
        "mémorandum d'entente de 1995.",
        "ХАНОЙ - Вьетнам и Лаос в понедельник отметили работу совместного комитета по "
        "безопасности дорожного движения и речного управления, которое эксплуатирует "
        "гидроэлектростанции в рамках меморандума 1995 года.",
    ],
)
def test_the_governing_text_is_about_its_clause(text):
    [memorandum] = read(text).agreements
    assert "energy" in memorandum.sectors
    assert not {"transport", "security"} & set(memorandum.sectors)
