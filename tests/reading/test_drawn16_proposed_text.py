"""A text still to come named by its domain ("their proposed trade agreement", "leur futur
accord commercial", «будущее соглашение о свободной торговле») is a planned text, even where
a round of talks on it ended without concluding it: the text is announced (SPEC: planned),
not a failed signing. The verb ("Kenya proposed an agreement", `test_agreement_references`)
proposes no text yet. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Negotiators from India and Peru closed a five-day round of talks in Lima on Friday "
            "without concluding their proposed trade agreement. A tenth round will be held in "
            "New Delhi.",
            ["IND", "PER"],
        ),
        (
            "Les négociateurs du Mali et du Niger ont clos mardi à Niamey un cycle de pourparlers "
            "sans conclure leur futur accord commercial. Un nouveau cycle aura lieu en juin.",
            ["MLI", "NER"],
        ),
        (
            "Переговорщики Мали и Нигера завершили в Ниамее очередной раунд переговоров, так и "
            "не согласовав будущее соглашение о свободной торговле. Следующий раунд пройдет в "
            "июне.",
            ["MLI", "NER"],
        ),
    ],
)
def test_a_proposed_text_is_planned(text, sides):
    (agreement,) = read(text).agreements
    assert agreement.status == "planned"
    assert agreement.sectors == ["trade"]
    assert sorted(agreement.parties) == sides


def test_failing_to_sign_a_text_still_reads_none():
    assert not read("India and Peru failed to sign a trade agreement in Lima on Friday.").agreements
