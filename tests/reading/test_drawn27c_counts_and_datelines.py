"""A count coordinated after a text named by its kind; a wire dateline without its year
(drawC30).

Invented sentences: "sign protocol and three documents", "ont signé un accord et trois
mémorandums", «подписали протокол и три соглашения» count four texts, as "and two other
texts" counts three (`totals._KIND_AND`); "Nairobi, March 3, KNA" under the headline is the
wire's dateline, not the article's title (`metadata._is_dated_place`).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.totals import total


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed a protocol and three documents in Nairobi.",
        "Le Mali et le Niger ont signé un accord et trois mémorandums à Niamey.",
        "Казахстан и Монголия подписали протокол и три соглашения.",
    ],
)
def test_a_text_named_then_a_count_adds_up(text: str) -> None:
    assert total(text) == 4


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Стороны подписали два соглашения и три меморандума.", 5),
        ("Kenya and Uganda signed three agreements and two memorandums.", 5),
    ],
)
def test_two_counts_still_add_up_once(text: str, count: int) -> None:
    """Guard (passes on the start code too): coordinated counts are summed as before."""
    assert total(text) == count


def test_a_wire_dateline_without_its_year_is_no_title() -> None:
    reading = read(
        "date 2026-03-03 https://www.kenyanews.go.ke/kenya_uganda_sign_protocol\n"
        "Kenya News Agency\n\n"
        "Kenya, Uganda sign protocol and three documents at joint commission in Nairobi\n\n"
        "Nairobi, March 3, KNA\n\n"
        "Kenya and Uganda signed the protocol of the fifth session of their Joint Permanent "
        "Commission on Tuesday, together with memorandums on health, trade and tourism.\n"
    )
    assert reading.document.title == (
        "Kenya, Uganda sign protocol and three documents at joint commission in Nairobi"
    )
    assert reading.agreements_total == 4
