"""A crown prince's office, told after his name (session 21, drawB21).

Invented sentences: "Prince X, Crown Prince and Prime Minister, chaired …", "Sheikh X, Crown
Prince of Kuwait, received …", "le prince X, prince héritier du Maroc, a reçu …": the heir's
office is a role like a minister's (SPEC: `role` as the text gives it), and it may run on to
the head of government's office. All fail on the base (no role).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister, chaired the weekly Cabinet session in Manama on Monday, which approved an agreement with Chile on air services.",
            "Salman bin Hamad Al Khalifa",
            "Crown Prince and Prime Minister",
        ),
        (
            "Sheikh Sabah Khaled Al-Hamad Al-Sabah, Crown Prince of Kuwait, received the Kenyan foreign minister, Musalia Mudavadi, in Bayan Palace on Sunday.",
            "Sabah Khaled Al-Hamad Al-Sabah",
            "Crown Prince of Kuwait",
        ),
        (
            "Prince Hussein bin Abdullah, Crown Prince of Jordan, opened the forum in Amman with Ghana's vice president, Jane Naana Opoku-Agyemang.",
            "Hussein bin Abdullah",
            "Crown Prince of Jordan",
        ),
        (
            "Le prince Moulay El Hassan, prince héritier du Maroc, a reçu mardi à Rabat le ministre sénégalais des Affaires étrangères, Yassine Fall.",
            "Moulay El Hassan",
            "prince héritier du Maroc",
        ),
        (
            "Sheikh Khaled bin Mohamed bin Zayed, Crown Prince of Abu Dhabi, met Uzbekistan's Prime Minister Abdulla Aripov in Abu Dhabi.",
            "Khaled bin Mohamed bin Zayed",
            "Crown Prince of Abu Dhabi",
        ),
    ],
)
def test_the_heirs_office_after_the_name_is_his_role(text: str, name: str, role: str) -> None:
    people = {p.name: p.role for p in read("News\n\n" + text, "news.txt").people}
    assert people[name] == role
