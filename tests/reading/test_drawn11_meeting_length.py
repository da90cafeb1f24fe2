"""A meeting told by its last day and its length ("s'est achevée le 14 mai, au terme de quatre
jours de travaux", "ended after two days of talks", "the three-day session closed on …",
«трёхдневное заседание завершилось 14 мая») opened that many days before (SPEC: a session's
`start` and `end`). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _spans(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.start, s.end) for s in read(text.encode(), "article.txt").sessions]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The 4th session of the Ghana-Togo Joint Commission ended on 14 May 2026 in Accra "
            "after two days of talks.",
            "2026-05-13",
        ),
        (
            "La 5e session de la commission mixte sénégalo-gambienne a pris fin le 14 mai 2026 à "
            "Dakar, au terme de quatre jours de travaux.",
            "2026-05-11",
        ),
        (
            "The three-day 7th session of the Kenya-Uganda Joint Permanent Commission closed in "
            "Nairobi on 14 May 2026.",
            "2026-05-12",
        ),
        (
            "Трёхдневное третье заседание Казахстанско-вьетнамской межправительственной комиссии "
            "завершилось 14 мая 2026 года в Ханое.",
            "2026-05-12",
        ),
        (
            "La 2e session de la commission mixte ivoiro-burkinabè s'est achevée vendredi 14 mai "
            "2026 à Abidjan, après trois jours de débats.",
            "2026-05-12",
        ),
    ],
)
def test_start_from_the_last_day_and_the_length(text: str, start: str) -> None:
    assert (start, "2026-05-14") in _spans(text)
