"""The nationality before "counterpart" is the counterpart's: "President William Ruto hosted
his Ugandan counterpart Yoweri Museveni" does not make Ruto Ugandan. Sentences invented for
these tests."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "President William Ruto hosted his Ugandan counterpart Yoweri Museveni in Nairobi.",
        "Le président William Ruto a reçu son homologue ougandais Yoweri Museveni à Nairobi.",
    ],
)
def test_the_counterparts_nationality_is_not_the_hosts(text):
    people = {p.name: p.party for p in read(f"date: 2026-11-18\n\n{text}\n", "a.txt").people}
    assert people["Yoweri Museveni"] == "UGA"
    assert people.get("William Ruto") != "UGA"
