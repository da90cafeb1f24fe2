"""A second text named by its pronoun right after a signing verb, with a domain of its own
("…, while the tourism boards signed one on tourism", "… et les offices du tourisme ont
signé un autre sur le tourisme") is an agreement; "signed one of the biggest deals" is not a
second one. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sectors(text: str) -> list[list[str]]:
    return [a.sectors for a in read(f"date 2026-04-17 S\n{text}").agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ghana held their joint commission in Accra. The two health ministries signed "
        "a memorandum of understanding on health, while the tourism boards signed one on "
        "tourism.",
        "Le Sénégal et le Maroc ont tenu leur commission mixte. Les ministères de la Santé ont "
        "signé un mémorandum sur la santé, et les offices du tourisme ont signé un autre sur le "
        "tourisme.",
    ],
)
def test_a_text_named_by_its_pronoun_is_a_second_agreement(text):
    found = _sectors(text)
    assert len(found) == 2
    assert "health" in found[0] and found[1] == ["culture"]


def test_one_of_many_is_no_second_agreement():
    text = (
        "Kenya and Ghana signed one of the biggest deals in their history, an agreement on energy."
    )
    assert _sectors(text) == [["energy"]]
