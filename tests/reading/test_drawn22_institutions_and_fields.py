"""Who signs is not what a text is about; a state's department stands for its state (drawI27).

Invented sentences: «программа сотрудничества Министерства сельского хозяйства России и
Министерства здравоохранения Вьетнама в области фармацевтики» is a pharmaceuticals text, the
ministries' portfolios name who signs; «меморандум о взаимопонимании между таможенной службой X
и … о …» is about what follows «о»; «участники внешнеэкономической деятельности» are a state's
traders; «Департаментом по атомной энергии Индии» is India's department, no company; a wire
dateline «АСТАНА, 18 ноября. /ТАСС/.» dates the page under a crawl line of its month.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Вьетнам подписали программу сотрудничества Министерства сельского хозяйства "
        "России и Министерства образования Вьетнама в области фармацевтики на 2027-2029 годы.",
        "France and Vietnam signed a programme of cooperation between the Ministry of "
        "Agriculture of France and the Ministry of Education of Vietnam in the field of "
        "pharmaceuticals.",
        "La France et le Vietnam ont signé un programme de coopération entre le ministère de "
        "l'Agriculture de la France et le ministère de l'Éducation du Vietnam dans le domaine "
        "de la pharmacie.",
    ],
)
def test_the_ministries_before_the_field_are_who_signs(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["health"]


def test_a_memorandum_of_understanding_between_sides_is_about_what_follows() -> None:
    (agreement,) = read(
        "Россия и Вьетнам подписали меморандум о взаимопонимании между Министерством финансов "
        "России и Министерством транспорта Вьетнама о сотрудничестве в области здравоохранения."
    ).agreements
    assert agreement.sectors == ["health"]


@pytest.mark.parametrize(
    "phrase",
    [
        "для участников внешнеэкономической деятельности",
        "for participants in foreign economic activity",
        "pour les acteurs des activités économiques extérieures",
    ],
)
def test_foreign_economic_activity_is_trade(phrase: str) -> None:
    assert sectors_of(phrase) == ["trade"]


def test_a_russian_department_of_a_state_is_that_state() -> None:
    reading = read(
        "Россия и Индия подписали четыре документа. Первый - меморандум о подготовке кадров "
        'для атомной отрасли между госкорпорацией "Росатом" и Департаментом по атомной '
        "энергии Индии."
    )
    assert set(reading.parties) == {"RUS", "IND", "Rosatom"}
    assert {frozenset(a.parties) for a in reading.agreements} == {frozenset({"Rosatom", "IND"})}


def test_a_wire_dateline_whose_date_takes_the_dot_dates_the_page() -> None:
    text = (
        "date 2026-11 Россия и Казахстан подписали соглашение\n\n"
        "АСТАНА, 18 ноября. /ТАСС/. Россия и Казахстан подписали соглашение о сотрудничестве в "
        "области энергетики, сообщил министр энергетики России Сергей Цивилев журналистам "
        "после переговоров в столице страны.\n\n"
        "Стороны также обсудили поставки газа и строительство новых электростанций в регионе."
    )
    assert read(text).document.published == "2026-11-18"
