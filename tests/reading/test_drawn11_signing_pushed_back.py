"""A signing pushed back ("repoussent la signature de leur accord", "la signature a été
repoussée") is of a text still to come: planned (eleventh draw, drawD21). Invented sentences,
fr."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    "Dakar et Banjul repoussent la signature de leur accord sur la pêche, faute d'accord sur "
    "les quotas.",
    "Le Bénin et le Togo ont repoussé la signature de l'accord sur l'électricité à la fin de "
    "l'année.",
    "La signature de la convention sur la santé entre le Gabon et le Congo a été repoussée à "
    "une date ultérieure.",
    "Le Burkina Faso et le Niger repoussent encore la signature de leur accord sur le "
    "transport routier.",
    "Le Mali et la Guinée ont décidé de repousser la signature de leur accord sur les mines.",
]


@pytest.mark.parametrize("text", CASES, ids=range(len(CASES)))
def test_a_signing_pushed_back_is_planned(text):
    reading = read(text.encode(), "article.txt")
    assert [a.status for a in reading.agreements] == ["planned"]
