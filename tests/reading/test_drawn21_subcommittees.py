"""A commission's subcommittee, missed on a drawn Russian document (session 27, drawB27).

Invented sentences: a subcommittee by field set up under a commission is a body of its own
(«подкомитет по минеральным ресурсам и энергетике»), named in the nominative with both its
fields, and no «Комитет» named after it is the subcommittee. (English and French names of
subcommittees are left: the body tail does not read their fields.)
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "В Москве прошло заседание Межправительственной российско-кенийской комиссии по "
            "торгово-экономическому сотрудничеству. Заседанию предшествовала встреча "
            "подкомитета по минеральным ресурсам и энергетике, созданного в рамках Комиссии.",
            "подкомитет по минеральным ресурсам и энергетике",
        ),
        (
            "В Найроби прошло заседание Межправительственного российско-кенийского комитета по "
            "торгово-экономическому сотрудничеству. В его рамках работает подкомитет по "
            "сельскому хозяйству.",
            "подкомитет по сельскому хозяйству",
        ),
    ],
)
def test_subcommittee_is_a_body(text: str, name: str) -> None:
    names = [b.name for b in read(text).bodies]
    assert name in names
    assert len(names) == 2


def test_committee_named_after_its_subcommittee_is_the_committee() -> None:
    text = (
        "В Претории состоялось заседание Межправительственного российско-кенийского комитета "
        "по торгово-экономическому сотрудничеству. Ему предшествовала встреча подкомитета по "
        "энергетике. Заседания Комитета проводятся ежегодно."
    )
    bodies = {b.name: b.cadence_months for b in read(text).bodies}
    assert bodies["подкомитет по энергетике"] is None
    assert 12 in bodies.values()
