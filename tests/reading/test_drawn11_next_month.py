""" "Le mois prochain", "next month", «в следующем месяце» date a meeting to come by the page's
own month (eleventh draw, drawD21). Invented crawls, fr/en/ru."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    "date 2026-02-18 Le Ghana et le Togo renforcent leur coopération\n"
    "Le ministre ghanéen a déclaré : « Le comité mixte de coopération se réunira dès le mois "
    "prochain à Lomé. » Ce comité, créé en 2019, se réunit tous les six mois.",
    "date 2026-02-18 Le Niger et le Tchad renforcent leur coopération\n"
    "La commission mixte nigéro-tchadienne se réunira le mois prochain à Niamey, a annoncé le "
    "ministre des Affaires étrangères.",
    "date 2026-02-18 Kenya and Tanzania step up their cooperation\n"
    "The Kenya-Tanzania Joint Permanent Commission will meet next month in Arusha, the "
    "foreign ministry said on Tuesday.",
    "date 2026-02-18 Казахстан и Узбекистан расширяют сотрудничество\n"
    "Заседание казахстанско-узбекской межправительственной комиссии пройдет в следующем "
    "месяце в Ташкенте, сообщили в министерстве.",
    "date 2026-02-18 Le Cameroun et le Gabon renforcent leur coopération\n"
    "La grande commission mixte camerouno-gabonaise tiendra sa prochaine session le mois "
    "prochain à Libreville.",
]


@pytest.mark.parametrize("text", CASES, ids=range(len(CASES)))
def test_next_month_dates_the_meeting(text):
    reading = read(text.encode(), "article.txt")
    assert [s.start for s in reading.sessions] == ["2026-03"]
