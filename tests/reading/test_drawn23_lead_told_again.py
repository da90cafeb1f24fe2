"""A lead's bare text detailed after a count, a denied signing to come, berths and road sections (drawA28).

- "…, signing a grant agreement … Three documents were signed. X and Y signed an agreement on
  economic and technical cooperation under which …": the bare text of the lead is the one
  told in detail after the count, not one more;
- "rejected reports that a new policing agreement was about to be signed", «опроверг
  сообщения о том, что соглашение будет подписано»: a rumour the text refutes is no
  agreement (SPEC: agreements the text identifies);
- a wharf, a jetty, «причал» are transport; "la section routière Maroua-Mora" is a road to
  repair, infrastructure.
Invented sentences.
"""

from __future__ import annotations

import pytest

from suivi.reading.agreements import _sectors
from suivi.reading.pipeline import read


def test_a_bare_lead_text_is_the_one_detailed_after_the_count() -> None:
    text = (
        "date 2026-05-09 Vanuatu, India hold dialogue - Example\n"
        "Vanuatu and India on Tuesday held the second round of their strategic dialogue in "
        "Port Vila, signing a grant agreement and watching two Indian state companies sign "
        "contracts for a wharf and a power plant, but officials said nothing on defence.\n"
        "The dialogue was co-chaired by Arun Mehta, India's deputy foreign minister, and "
        "Jotham Napat, secretary of the Ministry of Foreign Affairs.\n"
        "Three documents were signed. Mehta and Napat signed an agreement on economic and "
        "technical cooperation under which New Delhi will provide a grant of 50 million "
        "dollars for projects chosen by the Vanuatu government.\n"
    )
    found = read(text).agreements
    agreements = [a for a in found if a.kind == "agreement"]
    assert len(agreements) == 1
    assert agreements[0].sectors == ["economy"]


@pytest.mark.parametrize(
    "denial",
    [
        "The minister rejected reports that a new defence agreement was about to be signed "
        "with Turkey.",
        "Министр опроверг сообщения о том, что соглашение об обороне будет подписано с Турцией.",
    ],
)
def test_a_denied_signing_to_come_is_no_agreement(denial: str) -> None:
    found = read(f"date 2026-05-09 Talks - Example\n{denial}\n").agreements
    assert [a for a in found if "defence" in a.sectors] == []


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("to rebuild the international wharf", "transport"),
        ("a new jetty for the ferries of the island", "transport"),
        ("строительство причала", "transport"),
        ("la réhabilitation de la section routière Maroua-Mora", "infrastructure"),
    ],
)
def test_berths_and_road_sections(words: str, sector: str) -> None:
    assert sector in _sectors(words)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fiji and Japan signed a police cooperation implementation plan in Tokyo in July 2023.",
        "Le Mali et le Niger ont signé un plan de mise en œuvre de la coopération policière "
        "à Niamey en juillet 2023.",
        "Россия и Мали подписали в июле 2023 года план реализации договорённостей в области "
        "полиции.",
    ],
)
def test_an_implementation_plan_is_a_programme(sentence: str) -> None:
    found = read(f"date 2026-04-22 Talks - Example\n{sentence}\n").agreements
    assert [a.kind for a in found] == ["programme"]
