"""A company named in Latin script after its head word in an oblique case (session 30, drawB30).

Invented sentences. «между Министерством здравоохранения Беларуси и кубинской группой
MedicaSol»: the head words' oblique cases («холдингом», «концерном», «группой») introduced a
quoted name only, since «председатель совета директоров корпорации Сун Хайлян» is a person; a
name in Latin script is no Russian person's but the company's own spelling (SPEC), so it is
the company, a side of the text. «группа» does so only before a Latin name («рабочая группа
«Россия – Африка»» is no company).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("кубинской группой", "MedicaSol"),
        ("турецким холдингом", "Anatol Yapi"),
        ("немецким концерном", "Rheinwerk"),
        ("китайским консорциумом", "Sinoroad"),
    ],
)
def test_latin_name_after_an_oblique_head_is_a_side(head: str, name: str) -> None:
    text = (
        "МИНСК, 5 мая (БЕЛТА) – В Минске подписана дорожная карта по развитию сотрудничества "
        f"в сфере фармацевтики между Министерством здравоохранения Беларуси и {head} {name}, "
        "сообщили в министерстве."
    )
    reading = read(text)
    assert name in reading.parties
    (roadmap,) = reading.agreements
    assert sorted(roadmap.parties) == sorted(["BLR", name])


def test_a_working_group_in_quotes_is_no_company() -> None:
    """Guard (passes on the start code too)."""
    text = (
        "МОСКВА, 5 мая – Заседание провела рабочая группа «Россия – Египет» по энергетике; "
        "по его итогам Россия и Египет подписали меморандум о сотрудничестве в энергетике."
    )
    reading = read(text)
    assert not [p for p in reading.parties if "Египет" in p or "Egypt" in p]
    assert sorted(reading.parties) == ["EGY", "RUS"]


def test_a_head_of_a_corporation_stays_a_person() -> None:
    """Guard (passes on the start code too): a Cyrillic name after «корпорации» is its head."""
    text = (
        "ПЕКИН, 5 мая – Председатель совета директоров корпорации Сун Хайлян и министр "
        "энергетики России подписали меморандум о сотрудничестве в энергетике."
    )
    reading = read(text)
    assert not [p for p in reading.parties if "Сун" in p or "Sun" in p]
