"""A communiqué's own date printed alone under its title («14 октября 2025 года», "12 avril
2024", "May 7, 2024") is the date it was published (eleventh draw, drawD21). Invented
communiqués, ru/fr/en."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ БЕЛАРУСЬ\n\nСообщение для СМИ\n\n"
        "О белорусско-вьетнамских консультациях\n\n3 марта 2025 года\n\n"
        "2–3 марта в Минске состоялись консультации между министерствами иностранных дел "
        "Беларуси и Вьетнама по консульским вопросам.",
        "2025-03-03",
    ),
    (
        "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ КАЗАХСТАНА\n\nИнформационное сообщение\n\n"
        "О казахстанско-монгольских консультациях по визовым вопросам\n\n21 июня 2024 г.\n\n"
        "20 июня в Астане прошли консультации делегаций Казахстана и Монголии по визовым "
        "вопросам. Стороны обсудили упрощение поездок граждан двух стран и работу консульских "
        "учреждений.",
        "2024-06-21",
    ),
    (
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES DU SÉNÉGAL\n\nCommuniqué de presse\n\n"
        "Consultations consulaires entre le Sénégal et le Maroc\n\n12 avril 2024\n\n"
        "Les 11 et 12 avril, Dakar a accueilli des consultations consulaires entre le Sénégal "
        "et le Maroc.",
        "2024-04-12",
    ),
    (
        "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ УЗБЕКИСТАН\n\nПресс-релиз\n\n"
        "Об узбекско-индийских консультациях по консульским вопросам\n\n5 февраля 2024 года\n\n"
        "4–5 февраля в Ташкенте состоялись консультации между министерствами иностранных дел "
        "Узбекистана и Индии. Стороны обсудили упрощение визового режима и работу консульств.",
        "2024-02-05",
    ),
    (
        "MINISTRY OF FOREIGN AFFAIRS OF VIETNAM\n\nStatement\n\n"
        "Vietnam and Chile review their cooperation in Hanoi\n\n9 September 2023\n\n"
        "Vietnam and Chile held the third round of political consultations in Hanoi. The two "
        "delegations reviewed trade, education and consular matters and agreed to meet again "
        "in Santiago next year.",
        "2023-09-09",
    ),
]


@pytest.mark.parametrize(("text", "day"), CASES, ids=range(len(CASES)))
def test_the_date_alone_under_the_title_is_the_publication(text, day):
    reading = read(text.encode(), "communique.txt")
    assert reading.document.published == day
    assert reading.document.title != text.split("\n\n")[3]
