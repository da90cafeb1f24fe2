"""A plural of texts detailed after its colon by financings ("The agreements are: a loan of
…; a loan of …; and a grant of …", "Les accords sont les suivants : un prêt … ; un don …",
«Соглашения следующие: кредит на …; грант на …») lists one text a loan or grant, each in its
own field (SPEC: one item per agreement the text identifies). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sectors(text: str) -> list[list[str]]:
    return sorted(sorted(a.sectors) for a in read(text.encode(), "article.txt").agreements)


@pytest.mark.parametrize(
    "text",
    [
        "The Government of Ghana and the World Bank today signed three financing agreements "
        "worth US$ 300 million. The agreements are: a loan of US$ 200 million for the Bui "
        "solar project; a loan of US$ 60 million for rural roads; and a grant of US$ 40 "
        "million for the rehabilitation of hospitals.",
        "Le Gouvernement du Ghana et la Banque mondiale ont signé trois accords de "
        "financement. Les accords sont les suivants : un prêt de 200 millions de dollars pour "
        "le projet solaire de Bui ; un prêt de 60 millions pour les routes rurales ; et un don "
        "de 40 millions pour la réhabilitation des hôpitaux.",
        "Правительство Узбекистана и Всемирный банк подписали три соглашения о "
        "финансировании. Соглашения следующие: кредит на строительство солнечной "
        "электростанции; кредит на ремонт сельских дорог; грант на реконструкцию больниц.",
    ],
)
def test_each_financing_of_the_list_is_a_text(text):
    assert _sectors(text) == [["energy"], ["health"], ["infrastructure"]]


def test_a_financing_among_kind_words_is_a_text_too():
    text = (
        "Ghana and Togo signed three agreements. The agreements are: a memorandum on trade; "
        "a loan for roads; and a protocol on health."
    )
    assert _sectors(text) == [["health"], ["infrastructure"], ["trade"]]
