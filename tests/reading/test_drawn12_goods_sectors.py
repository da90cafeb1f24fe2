"""Goods a contract or memorandum trades name its domain: what farms raise ("frozen chicken",
"du poulet", «мясо бройлеров»: agriculture), what flies ("an order of regional jets", "des
avions de ligne": transport), pulp and paper (industry: economy). Twelfth draw, drawF21.
Invented sentences, en/fr/ru."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        (
            "en",
            "Thailand and Chile signed a supply contract for frozen chicken worth $90 million.",
            "agriculture",
        ),
        (
            "fr",
            "Le Sénégal et l'Ukraine ont signé un contrat de fourniture de poulets congelés.",
            "agriculture",
        ),
        (
            "ru",
            "Россия и Ангола подписали контракт на поставку мяса бройлеров.",
            "agriculture",
        ),
        (
            "en",
            "Kenya and Canada signed a memorandum of understanding on an order of ten regional "
            "jets.",
            "transport",
        ),
        (
            "fr",
            "Le Maroc et le Brésil ont signé un mémorandum d'entente sur l'achat d'avions de "
            "ligne.",
            "transport",
        ),
        (
            "en",
            "Uruguay and Indonesia signed a contract for the supply of eucalyptus pulp.",
            "economy",
        ),
        (
            "fr",
            "Le Gabon et l'Inde ont signé un accord sur la production de pâte à papier.",
            "economy",
        ),
    ],
)
def test_goods_traded_name_the_domain(lang, text, sector):
    found, _ = agreements.extract(context(text, lang, published="2026-03-10"))
    assert [sector in a.sectors for a in found] == [True]
