"""Two texts joined by "ainsi que", "de même que", "along with", "together with" are two
texts: the second kind word is no part of the first one's complement, and the first one's
title ends before the coordination ("le procès-verbal de la session ainsi que trois accords"
titles the minutes "procès-verbal de la session"). SPEC: one item per agreement the text
identifies. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _read(text: str) -> list[tuple[str | None, list[str]]]:
    return [(a.title, a.sectors) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Le 4 mai 2026 à Dakar, le Sénégal et la Gambie ont signé un accord sur la pêche "
            "ainsi qu'un mémorandum sur le tourisme.",
            ("accord sur la pêche", ["agriculture"]),
            ("mémorandum sur le tourisme", ["culture"]),
        ),
        (
            "Le 4 mai 2026 à Lomé, le Togo et le Bénin ont signé une convention sur le transit "
            "ainsi qu’un protocole sur la santé.",
            ("convention sur le transit", ["trade"]),
            ("protocole sur la santé", ["health"]),
        ),
        (
            "Le 4 mai 2026 à Bamako, le Mali et la Guinée ont signé la convention sur le "
            "transport routier de même qu'un protocole sur la santé animale.",
            ("convention sur le transport routier", ["transport"]),
            ("protocole sur la santé animale", ["agriculture"]),
        ),
        (
            "On 4 May 2026 in Accra, Ghana and Togo signed an agreement on fisheries along with "
            "a memorandum on tourism.",
            ("agreement on fisheries", ["agriculture"]),
            ("memorandum on tourism", ["culture"]),
        ),
        (
            "On 4 May 2026 in Lusaka, Zambia and Malawi signed an agreement on fisheries "
            "together with a memorandum on tourism.",
            ("agreement on fisheries", ["agriculture"]),
            ("memorandum on tourism", ["culture"]),
        ),
    ],
)
def test_two_coordinated_texts(text: str, first: tuple, second: tuple) -> None:
    read_ = _read(text)
    assert first in read_
    assert second in read_


@pytest.mark.parametrize(
    "text",
    [
        "Le 4 mai 2026 à Niamey, les ministres du Niger et du Tchad ont signé le procès-verbal "
        "de la session ainsi que deux accords sur l'élevage et la santé.",
        "Le 9 juin 2026 à Conakry, les ministres de la Guinée et de la Sierra Leone ont signé "
        "le procès-verbal de la session de même que trois accords.",
    ],
)
def test_minutes_title_ends_before_the_coordination(text: str) -> None:
    assert "procès-verbal de la session" in [title for title, _ in _read(text)]
