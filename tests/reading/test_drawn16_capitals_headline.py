"""A communiqué's headline printed in capitals, as long as a sentence, is its title: "SIGN
FOUR DOCUMENTS" there gave no count and the letterhead's "Republic of …" was the title. A
letterhead's own lines in capitals (a ministry's name) stay none. Texts written for these
tests.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

_LETTERHEAD = "MINISTRY OF FOREIGN AFFAIRS\nRepublic of Ghana\n\nPRESS RELEASE\n3 March 2026\n\n"


def test_headline_in_capitals_is_the_title_and_gives_the_count():
    reading = read(
        _LETTERHEAD + "GHANA AND TOGO HOLD THEIR FOURTH JOINT COMMISSION IN ACCRA, SIGN THREE "
        "AGREEMENTS\n\nACCRA - Ghana and Togo signed agreements on trade, health and energy "
        "at the end of the fourth session of their Joint Commission in Accra on 2 March 2026."
    )
    assert reading.document.title.startswith("GHANA AND TOGO HOLD")
    assert reading.agreements_total == 3


def test_short_heading_in_capitals_is_no_title():
    reading = read(
        _LETTERHEAD + "JOINT COMMUNIQUE\n\nACCRA - Ghana and Togo signed agreements on trade, "
        "health and energy in Accra on 2 March 2026."
    )
    assert reading.document.title != "JOINT COMMUNIQUE"
