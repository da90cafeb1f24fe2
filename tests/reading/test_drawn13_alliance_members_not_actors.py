"""An alliance's members the text never names are no actors of the story (session 22, drawB22).

Language fact (SPEC: an alliance's agreement lists its member states; the alliance is a
top-level party when it acts or is spoken of): a free-trade agreement "between the EAEU and
Serbia" binds the union's five members, but only the union is spoken of; when that text is an older one
(signed before the story's year), its members that the text never names do not act in the
story. The members of a text the union signs in the story's year do (guard). Before, every side of every agreement was added to
the top-level parties, so a text mentioning such an agreement in passing got four states it
never names. A member the text names and makes act stays (guard).
Invented sentences in fr/en/ru.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        (
            "Les ministres du Commerce de la Serbie et de l'Égypte se sont rencontrés à Belgrade. Ils ont évoqué les préférences de l'accord de libre-échange entre l'UEEA et la Serbie, signé en 2019.",
            {"BLR", "KGZ", "KAZ"},
        ),
        (
            "The trade ministers of Egypt and Serbia met in Belgrade. They discussed the preferences of the free trade agreement between the EAEU and Serbia, signed in 2019 and in force since 2021.",
            {"BLR", "KGZ", "KAZ"},
        ),
        (
            "Министры торговли Армении и Индонезии провели в Джакарте встречу. Стороны обсудили соглашение о свободной торговле между ЕАЭС и Индонезией, подписанное в 2025 году.",
            {"BLR", "KGZ", "KAZ", "RUS"},
        ),
    ],
)
def test_unnamed_members_are_no_top_level_parties(text: str, unnamed: set[str]) -> None:
    reading = read("date 2026-03-12 Commerce - example.org\n" + text, "news.txt")
    assert not unnamed & set(reading.parties), reading.parties
    bound = {code for agreement in reading.agreements for code in agreement.parties}
    assert unnamed <= bound


def test_a_named_member_that_acts_stays() -> None:
    text = (
        "Министры торговли Армении и Индонезии провели в Джакарте встречу. Стороны обсудили "
        "соглашение о свободной торговле между ЕАЭС и Индонезией, подписанное в 2025 году."
    )
    reading = read("date 2026-03-12 Commerce - example.org\n" + text, "news.txt")
    assert {"ARM", "IDN"} <= set(reading.parties)


def test_the_members_of_a_text_signed_in_the_storys_year_act() -> None:
    text = (
        "The trade ministers of Egypt and Serbia met in Belgrade on Monday. The same day, the "
        "EAEU and Serbia signed a protocol on customs cooperation."
    )
    reading = read("date 2026-03-12 Trade - example.org\n" + text, "news.txt")
    assert {"BLR", "KGZ", "KAZ"} <= set(reading.parties), reading.parties
