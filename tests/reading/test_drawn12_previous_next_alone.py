""" "Previous" and "next" alone stand for meetings of the body the sentences before name:
«Предыдущее состоялось в Минске в 2023 году, следующее, как условились стороны, пройдёт в
Ереване во второй половине 2026 года», "The previous one took place in Lima; the next, as
agreed, will be held in Quito". "Next" opening its sentence was read so; "previous", either
after a comma, an aside before the verb, and a year's half named by its noun («во второй
половине 2026 года», "dans la seconde moitié de 2026") were not. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import bodies, sessions
from suivi.reading.dates import find_dates


def read(text: str, lang: str):
    ctx = context(text, lang, "2025-10-02")
    return sorted(
        (s.start or "", s.place or "") for s in sessions.extract(ctx, bodies.extract(ctx))
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "В Минске завершилось заседание Межправительственной армяно-белорусской комиссии по "
            "экономическому сотрудничеству. Заседания комиссии проводятся ежегодно. Предыдущее "
            "состоялось в Ереване в 2024 году.",
            ("2024", "Ереван"),
        ),
        (
            "ru",
            "В Минске завершилось заседание Межправительственной армяно-белорусской комиссии по "
            "экономическому сотрудничеству. Заседания комиссии проводятся ежегодно. Предыдущее "
            "прошло в Ереване в 2024 году, следующее, как условились стороны, пройдёт в Ереване "
            "в 2026 году.",
            ("2026", "Ереван"),
        ),
        (
            "en",
            "The Joint Commission of Ghana and Peru held a session in Accra on 1 October. Its "
            "sessions are held every year. The previous one took place in Lima in 2024.",
            ("2024", "Lima"),
        ),
        (
            "en",
            "The Joint Commission of Ghana and Peru held a session in Accra on 1 October. Its "
            "sessions are held every year. The previous one took place in Lima in 2024, and the next, as "
            "agreed, will be held in Lima in 2026.",
            ("2026", "Lima"),
        ),
        (
            "fr",
            "La session de la commission mixte gabono-tunisienne s'est tenue à Libreville le 1er "
            "octobre. Ses sessions ont lieu chaque année. La précédente s'est tenue à Tunis en 2024.",
            ("2024", "Tunis"),
        ),
        (
            "ru",
            "В Минске завершилось заседание Межправительственной армяно-белорусской комиссии по "
            "экономическому сотрудничеству. Заседания комиссии проводятся ежегодно. Следующее "
            "пройдёт в Ереване во второй половине 2026 года.",
            ("2026", "Ереван"),
        ),
    ],
)
def test_previous_or_next_alone_is_a_session(lang, text, expected):
    assert expected in read(text, lang)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Встреча пройдёт во второй половине 2026 года.", "2026"),
        ("Визит состоится в первой половине 2027 года.", "2027"),
        ("Подписание запланировано на вторую половину 2026 года.", "2026"),
        ("La visite aura lieu dans la seconde moitié de 2026.", "2026"),
        ("Le sommet se tiendra dans la première moitié de 2027.", "2027"),
    ],
)
def test_a_half_of_a_year_names_its_year(text, year):
    assert [d.value for d in find_dates(text, "2025-10-02")] == [year]
