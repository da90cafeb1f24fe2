"""The next meeting and the one interviewed (session 20, drawC20).

Invented texts:
- a meeting still to come ("the next meeting", «следующем заседании») is not dated by an
  older year the sentence gives to something else («соглашения …, подписанного в 2012 году, и
  договорились подписать на следующем заседании …»); a month without its year stays the next
  meeting's (guard);
- a text in questions and answers that names nobody before its first question gives its
  answers to the one person its title names («Ответ официального представителя МИД … на
  вопрос СМИ», "Answer of the spokesperson … to a media question"), who is one of its people.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-05-14 Заседание комиссии - Портал\n\nВчера в Ханое завершилось пятое "
        "заседание Казахстанско-вьетнамской межправительственной комиссии. Стороны отметили "
        "значение соглашения о культурном обмене, подписанного в 2012 году, и договорились "
        "подписать на следующем заседании соглашение о морском судоходстве.",
        "date 2025-05-14 Commission meets - Portal\n\nThe fifth meeting of the Kazakhstan-"
        "Vietnam Intergovernmental Commission ended in Hanoi yesterday. The sides recalled the "
        "cultural exchange agreement signed in 2012 and agreed to sign an agreement on shipping "
        "at the next meeting.",
    ],
)
def test_next_meeting_not_dated_by_an_older_year(text: str) -> None:
    assert all((s.start or "9999") >= "2025" for s in read(text).sessions)


def test_guard_next_meeting_in_a_month() -> None:
    text = (
        "date 2025-05-14 Commission meets - Portal\n\nThe fifth meeting of the Kazakhstan-"
        "Vietnam Intergovernmental Commission ended in Hanoi yesterday. The next meeting of the "
        "commission is due in Astana in October."
    )
    assert "2025-10" in [s.start for s in read(text).sessions]


_RU_INTERVIEW = """МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН
Департамент информации и печати

Ответ официального представителя МИД Казахстана Айгерим Сулейменовой на вопрос СМИ в связи \
с визитом делегации Вьетнама

Вопрос: Некоторые издания пишут, что в ходе визита стороны подписали соглашение о воздушном \
сообщении. Так ли это?

Ответ: Да, это так. Казахстан и Вьетнам подписали соглашение о воздушном сообщении, а также \
меморандум о сотрудничестве в сфере образования. Следующий визит запланирован на осень.

12 мая 2025 года
"""
_EN_INTERVIEW = """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KENYA
Press Office

Answer of the Foreign Ministry Spokesperson Wanjiru Kamau to a media question on reports \
about a naval base in Lamu

Q: Several outlets report that Kenya and Turkey signed a secret deal on a naval base in Lamu. \
Can you comment?

A: These reports are false. Kenya and Turkey signed a memorandum on maritime training in \
March, and nothing else. Our cooperation remains open and transparent.

12 May 2025
"""


@pytest.mark.parametrize(
    ("text", "name"),
    [(_RU_INTERVIEW, "Айгерим Сулейменова"), (_EN_INTERVIEW, "Wanjiru Kamau")],
)
def test_the_title_names_the_one_interviewed(text: str, name: str) -> None:
    reading = read(text)
    assert name in [p.name for p in reading.people]
    assert [q.speaker for q in reading.quotes] == [name]
