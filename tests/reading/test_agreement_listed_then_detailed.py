"""One text named twice: listed by domain in a plural, then told alone a few sentences
later with who signed it ("Le ministre de la Santé a signé l'accord sur la santé", «Министр
... подписал соглашение о здравоохранении») is the listed item, not a second text; a text
"similar" to another and dated "last year" keeps the other's domains. Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    return [(sorted(a.parties), a.sectors) for a in found]


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "fr",
            "Le Niger et le Maroc ont signé des accords dans les domaines de la santé et de "
            "l'éducation. Le ministre nigérien de la Santé a signé un accord sur la santé avec "
            "son homologue marocain.",
            [["health"], ["education"]],
        ),
        (
            "en",
            "Uganda and Egypt signed agreements on health and water. The health minister later "
            "signed an agreement on health with her Egyptian counterpart.",
            [["health"], ["water"]],
        ),
        (
            "ru",
            "Россия и Гвинея подписали соглашения о сотрудничестве в сфере здравоохранения и в "
            "области образования. Министр здравоохранения России подписал соглашение о "
            "здравоохранении с министром Гвинеи.",
            [["health"], ["education"]],
        ),
    ],
)
def test_a_listed_domain_told_again_is_the_same_text(lang, text, sectors):
    assert [s for _, s in read(text, lang)] == sectors


def test_a_similar_text_of_last_year_takes_the_domains_of_the_one_before():
    found = read(
        "Россия и Гана подписали соглашение о сотрудничестве в области геологии. Речь идет "
        "о разведке недр и охране окружающей среды. Аналогичное соглашение Россия в "
        "прошлом году подписала с Того.",
        "ru",
    )
    assert found == [(["GHA", "RUS"], ["mining"]), (["RUS", "TGO"], ["mining"])]
