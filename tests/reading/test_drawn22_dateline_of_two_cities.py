"""A press release dated from two cities (session 27, drawH27).

Invented texts. A release issued jointly from two cities writes both before its date,
joined by a dash ("Quito – Saint Petersburg, 24 September 2026", «Кито – Санкт-Петербург,
24 сентября 2026 года»): the line is the release's place and date, like "Bamako, 3 juin
2017", so it dates the page (SPEC: `published`, the date the page gives for itself).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_BODY = {
    "ru": "ПАО «Турбомаш» и корпорация CELEC EP 23 сентября подписали в Кито контракт на "
    "поставку двух турбин для гидроэлектростанции. Работы планируется завершить в 2029 году.",
    "en": "Turbomash and CELEC EP signed a contract in Quito on 23 September for the supply of "
    "two turbines to a hydropower plant. The work is to be completed in 2029.",
    "fr": "Turbomash et CELEC EP ont signé le 23 septembre à Quito un contrat de fourniture de "
    "deux turbines pour une centrale hydroélectrique. Les travaux doivent s'achever en 2029.",
}


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        (
            "ru",
            "ПРЕСС-РЕЛИЗ\n\nТурбины для Эквадора\n\nКито – Санкт-Петербург, 24 сентября 2026 года",
        ),
        (
            "en",
            "PRESS RELEASE\n\nTurbines for Ecuador\n\nQuito – Saint Petersburg, 24 September 2026",
        ),
        (
            "fr",
            "COMMUNIQUÉ\n\nDes turbines pour l'Équateur\n\nQuito – Saint-Pétersbourg, le 24 septembre 2026",
        ),
    ],
)
def test_two_cities_and_a_date_date_the_release(lang: str, header: str) -> None:
    reading = read(f"{header}\n\n{_BODY[lang]}\n")
    assert reading.document.published == "2026-09-24"
