"""Texts counted, then detailed one by one with ordinals ("Le premier accord porte sur ...,
le deuxième sur ...", "The first covers ..., the second ...", «Первый касается ..., второй —
...»): one agreement a piece, in each language. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, total = agreements.extract(context(text, lang, published="2025-03-10"))
    return [(sorted(a.parties), a.sectors) for a in found], total


@pytest.mark.parametrize(
    ("lang", "text", "parties", "sectors"),
    [
        (
            "fr",
            "Le Tchad et le Cameroun ont signé trois accords à Ndjamena. Le premier accord porte "
            "sur l'élevage, le deuxième sur les transports et le troisième sur la santé.",
            ["CMR", "TCD"],
            [["agriculture"], ["transport"], ["health"]],
        ),
        (
            "en",
            "Zambia and Tanzania signed three agreements in Lusaka. The first agreement covers "
            "railways, the second fisheries and the third higher education.",
            ["TZA", "ZMB"],
            [["transport"], ["agriculture"], ["education"]],
        ),
        (
            "en",
            "Botswana and Namibia signed two memoranda of understanding. The first covers "
            "mining, while the second deals with water management.",
            ["BWA", "NAM"],
            [["mining"], ["water"]],
        ),
        (
            "ru",
            "Россия и Зимбабве подписали три документа. Первый касается геологоразведки, "
            "второй — здравоохранения, третий — образования.",
            ["RUS", "ZWE"],
            [["mining"], ["health"], ["education"]],
        ),
        (
            "en",
            "Kenya and Qatar signed two agreements. One covers aviation, the other labour "
            "mobility.",
            ["KEN", "QAT"],
            [["transport"], ["migration"]],
        ),
        (
            "fr",
            "Le Gabon et le Congo ont signé deux accords. L'un porte sur la pêche, l'autre sur "
            "l'exploitation forestière.",
            ["COG", "GAB"],
            [["agriculture"], ["environment"]],
        ),
        (
            "ru",
            "Россия и Ангола подписали два соглашения. Одно касается рыболовства, другое — "
            "образования.",
            ["AGO", "RUS"],
            [["agriculture"], ["education"]],
        ),
    ],
)
def test_ordinals_after_a_count_are_one_agreement_each(lang, text, parties, sectors):
    found, total = read(text, lang)
    assert [s for _, s in found] == sectors
    assert all(p == parties for p, _ in found)
    assert total == len(sectors)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Zambia and Tanzania signed an agreement on railways. The first trains are expected "
            "next year, the second batch of wagons later.",
        ),
        (
            "en",
            "Kenya and Qatar signed an agreement on aviation. One of the ministers said the "
            "talks went well, the other thanked the hosts.",
        ),
        (
            "ru",
            "Россия и Зимбабве подписали соглашение о геологоразведке. Первый заместитель "
            "министра, второй раз посетивший Хараре, выступил на форуме.",
        ),
    ],
)
def test_an_ordinal_that_tells_no_content_adds_no_agreement(lang, text):
    found, _ = read(text, lang)
    assert len(found) == 1
