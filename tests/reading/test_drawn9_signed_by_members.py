"""A text its own words say the member states signed (drawB20, ninth draw).

Invented sentences: "the Customs Union Agreement signed by the six member states in Doha in
2003", "signed in 2003 by all member states", «подписанного всеми государствами-членами»: the
alliance last named binds its members by it, not the states a later clause of the sentence
negotiates with ("…, and called for talks with Canada and Brazil").
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_GULF = ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"]
_SUMMIT = (
    "The 45th summit of the Gulf Cooperation Council opened in Kuwait City on Sunday, attended "
    "by the leaders of Saudi Arabia, the United Arab Emirates, Oman, Bahrain, Qatar and "
    "Kuwait. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council reviewed the implementation of the Customs Union Agreement signed by the "
        "six member states in Doha in 2003, and directed the continuation of negotiations on "
        "free trade agreements with Canada, Brazil and Indonesia.",
        "The leaders recalled the Customs Union Agreement signed in 2003 by all member states, "
        "and called for talks with Canada and Brazil.",
        "The summit recalled the Customs Union Agreement signed by its six founding members "
        "in 2003, and pressed for talks with Indonesia.",
    ],
)
def test_the_member_states_sign_it(sentence: str) -> None:
    reading = read(_SUMMIT + sentence)
    assert [sorted(a.parties) for a in reading.agreements] == [_GULF]
    assert not {"CAN", "BRA", "IDN"} & set(reading.parties)


def test_the_member_states_sign_it_in_russian() -> None:
    reading = read(
        "Саммит Организации Договора о коллективной безопасности прошел в Минске. Лидеры "
        "обсудили выполнение соглашения о военно-техническом сотрудничестве, подписанного "
        "всеми государствами-членами в 2000 году, и призвали к переговорам с Турцией."
    )
    assert all("TUR" not in a.parties for a in reading.agreements)
