"""Every state's seat is in the gazetteer: a session held «в Белграде», "à Bujumbura", "in
Canberra" is placed there (SPEC: a session's `place`), as one held in Minsk or Maputo was.
Seats that are also given names or common words ("Sofia", "Victoria") stay out. Invented
sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _places(text: str) -> list[str | None]:
    return [s.place for s in read(text.encode(), "article.txt").sessions]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Пятое заседание Сербско-казахстанской межправительственной комиссии по "
            "сотрудничеству прошло 3 мая 2026 года в Белграде.",
            "Белград",
        ),
        (
            "Пятое заседание Польско-узбекской межправительственной комиссии прошло 3 мая 2026 "
            "года в Варшаве.",
            "Варшава",
        ),
        (
            "La 4e session de la commission mixte gréco-égyptienne s'est tenue à Athènes le 3 "
            "mai 2026.",
            "Athènes",
        ),
        (
            "La 2e session de la Commission mixte de coopération entre le Rwanda et le Burundi "
            "s'est tenue à Bujumbura du 4 au 6 mai 2026.",
            "Bujumbura",
        ),
        (
            "The 3rd meeting of the Australia-Indonesia Joint Commission was held in Canberra on "
            "3 May 2026.",
            "Canberra",
        ),
        (
            "The 6th session of the Croatia-Egypt Joint Committee on Economic Cooperation took "
            "place in Zagreb on 3 May 2026.",
            "Zagreb",
        ),
    ],
)
def test_a_session_is_placed_in_a_state_seat(text: str, place: str) -> None:
    assert place in _places(text)
