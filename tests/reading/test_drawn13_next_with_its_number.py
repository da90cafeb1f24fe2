""" "The next, the fourth, will be held in 2027": the aside numbers the next meeting (drawA22).

After a numbered meeting, writers announce the next one by "next" alone with its number set
apart by commas («следующее, четвёртое, намечено на 2027 год», "the next, the fourth, will be
held", "la prochaine, la quatrième, se tiendra"); Russian also says a meeting is scheduled by
«намечено» (as «планируется»). Invented sentences in ru/en/fr; guard: an aside that is no
ordinal («как договорились стороны») leaves the next meeting unnumbered.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_TEXTS = {
    "ru": "Президенты провели в Тбилиси третье заседание Высшего межгосударственного совета "
    "Грузии и Армении. Предыдущее, второе заседание прошло в Батуми в августе 2025 года, "
    "следующее, четвертое, намечено на 2027 год в Армении.",
    "en": "The presidents held the third meeting of the Supreme Interstate Council of Georgia "
    "and Armenia in Tbilisi. The previous, second meeting took place in Batumi in August 2025, "
    "and the next, the fourth, will be held in Armenia in 2027.",
    "fr": "Les présidents ont tenu à Tbilissi la troisième réunion du Conseil interétatique "
    "suprême de la Géorgie et de l'Arménie. La deuxième s'est tenue à Batoumi en août 2025, et "
    "la prochaine, la quatrième, se tiendra en Arménie en 2027.",
}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_the_next_meeting_takes_its_number(lang: str) -> None:
    reading = read("date 2026-10-08 Title - Site\n" + _TEXTS[lang])
    assert (4, "2027") in [(s.number, s.start) for s in reading.sessions]


def test_scheduled_in_russian() -> None:
    text = (
        "В Ереване прошло заседание Межправительственной комиссии Армении и Ирана. Следующее "
        "заседание намечено на 2027 год в Тегеране."
    )
    reading = read("date 2026-10-08 Заголовок - Сайт\n" + text)
    assert (None, "2027") in [(s.number, s.start) for s in reading.sessions]


def test_an_aside_that_is_no_number() -> None:
    text = (
        "Президенты провели в Тбилиси третье заседание Высшего межгосударственного совета "
        "Грузии и Армении. Предыдущее прошло в Батуми, следующее, как договорились стороны, "
        "пройдёт в 2027 году в Армении."
    )
    reading = read("date 2026-10-08 Заголовок - Сайт\n" + text)
    assert (None, "2027") in [(s.number, s.start) for s in reading.sessions]
