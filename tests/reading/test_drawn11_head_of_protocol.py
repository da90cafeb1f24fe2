"""Protocol as a department's field is no text: «генеральный директор по протоколу и
консульским делам», "Director-General for Protocol", «начальник департамента протокола»
(eleventh draw, drawD21). Invented sentences, ru/en/fr."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "Консультации провели директор Второго департамента Азии МИД России Иван Смирнов и "
        "генеральный директор по протоколу и консульским делам МИД Филиппин Хосе Сантос."
    ),
    ("Вьетнамскую делегацию возглавлял директор по протоколу МИД Вьетнама Нгуен Ван Тхао."),
    (
        "The Malaysian delegation was led by the Director-General for Protocol and Consular "
        "Affairs, Ahmad Rashid, and the Russian one by Ivan Petrov."
    ),
    (
        "La délégation béninoise était conduite par le directeur général du protocole et des "
        "affaires consulaires, Jean Houngbo."
    ),
    (
        "Делегацию Монголии возглавлял начальник департамента протокола МИД Монголии Батбаяр "
        "Ганбаатар."
    ),
]


@pytest.mark.parametrize("text", CASES, ids=range(len(CASES)))
def test_the_head_of_protocol_signs_no_protocol(text):
    reading = read(text.encode(), "article.txt")
    assert reading.agreements == []
