"""What a fisheries text shares out is fisheries (SPEC: agriculture includes fisheries): the
catch and its quotas ("total allowable catch", "quotas de pêche", «квоты на вылов», «улов»)
and the fish by their names (cod, herring, tuna; morue, hareng, thon; треска, сельдь, мойва).
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Исландия и Фарерские острова подписали соглашение о квотах на вылов сельди.",
        "Латвия и Эстония подписали протокол о распределении улова салаки и мойвы.",
        "Chile and Peru signed an agreement on the total allowable catch of anchovy.",
        "Ecuador and Colombia signed a memorandum on tuna.",
        "Le Maroc et la Mauritanie ont signé un accord sur les quotas de pêche du poulpe.",
        "Le Canada et la France ont signé un protocole sur la morue.",
    ],
)
def test_catch_and_fish_are_fisheries(text):
    assert _sectors(text) == [["agriculture"]]
