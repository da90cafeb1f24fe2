"""«Минфин», «Минэнерго» in the Russian-language press of Tajikistan, Uzbekistan, Kazakhstan
...: in a story that never names Russia and is about such a state, the ministry is that
state's, not Russia's (SPEC: a state's institutions stand for their state). The OPEC Fund
goes by `OPEC Fund` in Russian texts too («Фонд ОПЕК»). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Ташкент, 3 марта. Соглашение о займе на строительство дорог в Ферганской долине "
            "Минфин подписал с Исламским банком развития. Узбекистан получит 50 млн долларов.",
            "UZB",
        ),
        (
            "Душанбе, 3 марта. Соглашение о займе на ремонт школ глава Минфина подписал с "
            "президентом Фонда ОПЕК. Таджикистан получит 20 млн долларов.",
            "TJK",
        ),
    ],
)
def test_home_ministry_is_the_home_state(text: str, home: str) -> None:
    reading = read(text.encode(), "article.txt")
    assert "RUS" not in reading.parties
    assert any(home in a.parties for a in reading.agreements)


def test_opec_fund_in_russian() -> None:
    text = (
        "Душанбе, 3 марта. Таджикистан и Фонд ОПЕК подписали соглашение о займе в 20 млн "
        "долларов на ремонт ирригационных каналов."
    )
    reading = read(text.encode(), "article.txt")
    assert "OPEC Fund" in reading.parties
    assert "OFID" not in reading.parties
