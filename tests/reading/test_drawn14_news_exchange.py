"""What news agencies exchange is media (SPEC: digital = telecoms, digital, media): "l'échange
de nouvelles et de photos", "the exchange of news and photographs", «обмен новостями и
фотоматериалами». A bare "nouvelles" is also the adjective "new" and stays no domain.
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Агентство ТАСС и вьетнамское агентство VNA подписали меморандум об обмене новостями "
        "и фотоматериалами.",
        "Россия и Лаос подписали соглашение об обмене новостями.",
        "Казахстан и Монголия подписали меморандум об обмене видеоматериалами.",
        "Kenya and Ghana signed a memorandum on the exchange of news and photographs.",
        "Peru and Bolivia signed an agreement on news exchange between their agencies.",
        "Le Togo et le Bénin ont signé un mémorandum sur l'échange de nouvelles et de photos.",
        "La Tunisie et l'Égypte ont signé un accord sur l'échange de dépêches.",
    ],
)
def test_news_exchange_is_digital(text):
    assert _sectors(text) == [["digital"]]


@pytest.mark.parametrize(
    "text",
    [
        "Le Togo et le Bénin ont signé un accord sur les nouvelles technologies agricoles.",
        "Kenya and Ghana signed a memorandum on new farming methods.",
    ],
)
def test_new_is_no_news(text):
    assert ["digital"] not in _sectors(text)
