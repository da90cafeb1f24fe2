"""The teaching of a language is education (SPEC: education, vocational training):
«центр изучения русского языка», "language teaching", "l'apprentissage de la langue".
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Малайзия подписали в Куала-Лумпуре соглашение о создании центра изучения "
        "русского языка.",
        "Беларусь и Куба подписали в Гаване меморандум о создании кабинета изучения "
        "белорусского языка.",
        "Узбекистан и Турция подписали соглашение о создании в Анкаре центра изучения "
        "узбекского языка и литературы.",
        "Le Sénégal et le Maroc ont signé un accord portant création à Dakar d'un centre de "
        "cours de langue arabe.",
        "Le Cameroun et la Guinée ont signé à Conakry une convention sur des cours de langue "
        "française.",
        "Kenya and China signed an agreement establishing in Nairobi a language centre.",
    ],
)
def test_language_teaching_is_education(text):
    assert _sectors(text) == [["education"]]
