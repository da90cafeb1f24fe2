"""A signing list that ends on a text a company signs in its own words ("a memorandum between
the company X and the ministry of Y"): the other texts of the list are the subject's. One
text beside it was read so; a plural item («меморандумы о сотрудничестве в области A и B»,
"memorandums on A and B") took the company's "between" as its own. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2025-09-14")


@pytest.mark.parametrize(
    ("lang", "text", "company"),
    [
        (
            "ru",
            "Казахстан и Египет подписали семь документов. Среди них – меморандумы о "
            "сотрудничестве в области туризма и в сфере культуры, а также меморандум между АО "
            "«Казатомпром» и Министерством электроэнергетики Египта.",
            "Kazatomprom",
        ),
        (
            "ru",
            "Узбекистан и Индонезия подписали ряд документов. В их числе соглашения в области "
            "образования и здравоохранения и меморандум между компанией «Uzbekneftegaz» и "
            "Министерством энергетики Индонезии о поставках газа.",
            "Uzbekneftegaz",
        ),
        (
            "ru",
            "Монголия и Вьетнам подписали пять документов. Среди них соглашения в области "
            "образования и спорта, а также меморандум между Госкорпорацией «Росатом» и "
            "Министерством науки Вьетнама.",
            "Rosatom",
        ),
        (
            "en",
            "Kenya and Indonesia signed six documents. Among them are memorandums on tourism and "
            "culture and a memorandum between the company Pertamina and the Ministry of Energy "
            "of Kenya on fuel supplies.",
            "Pertamina",
        ),
        (
            "en",
            "Nigeria and Vietnam signed five texts. They include agreements on education and "
            "health, as well as a memorandum between Gazprom and the Ministry of Petroleum of "
            "Nigeria.",
            "Gazprom",
        ),
        (
            "en",
            "Ghana and Turkey signed four texts. Among them are memorandums on fisheries and on "
            "housing, and a memorandum between Rosatom and the Ministry of Energy of Ghana.",
            "Rosatom",
        ),
    ],
)
def test_plural_items_beside_a_company_text_are_the_subjects(lang, text, company):
    found = read(text, lang)
    with_company = [a for a in found if any(company.lower() in p.lower() for p in a.parties)]
    others = [a for a in found if a not in with_company]
    assert len(with_company) == 1
    assert others
    assert all(len(a.parties) == 2 for a in others)
    assert all(not any(company.lower() in p.lower() for p in a.parties) for a in others)
