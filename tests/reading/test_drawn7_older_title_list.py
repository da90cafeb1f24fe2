"""An older agreement's year after a title that lists its domains with commas (drawA19).

"l'accord de coopération économique, commerciale et technique de 2007", "the agreement on
economic, commercial and technical cooperation of 2007", «соглашение об экономическом,
торговом и техническом сотрудничестве 2007 года»: the commas of a list closed by "et"/"and"/
«и» belong to the title, so the year after it is the older text's date (it was read for a
title without commas only). Sentences invented for the tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le Niger et le Qatar ont signé mardi trois accords à Doha. Les deux parties ont convenu "
        "de réactiver leur commission mixte, créée par l'accord de coopération économique, "
        "commerciale et technique de 2007.",
        "Niger and Qatar signed three agreements in Doha on Tuesday. The two sides agreed to "
        "revive their joint commission, set up by the agreement on economic, commercial and "
        "technical cooperation of 2007.",
        "Нигер и Катар подписали во вторник три соглашения в Дохе. Стороны договорились "
        "возобновить работу совместной комиссии, созданной соглашением об экономическом, "
        "торговом и техническом сотрудничестве 2007 года.",
    ],
)
def test_year_after_a_title_with_a_list_dates_the_older_text(text: str) -> None:
    older = [a for a in read(text).agreements if a.date == "2007"]
    assert len(older) == 1
    assert older[0].status == "signed"
