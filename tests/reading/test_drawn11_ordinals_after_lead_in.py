"""Ordinals of counted texts after a clause that announces them (session 21, drawB21).

Invented sentences: after "X and Y signed four loan agreements", the press details some of
them behind a clause and a colon ("Deux seulement ont été détaillés : le premier finance
…, le second …", "Only two were detailed: the first finances …", «Подробно описаны два из
них: первое касается …, второе — …»). Each ordinal is one text (SPEC: one item per text the
text identifies), between the sides the count named, in the domain its own words name. A
loan's content is what it pays for: "the first finances", "the second will fund", «первый
кредит финансирует» tell a text's content as "the first covers" does. All fail on the base
(no text read).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides", "sectors"),
    [
        (
            "Le Fonds koweïtien pour le développement économique arabe et le gouvernement "
            "tchadien ont signé lundi à N'Djamena trois accords de prêt, d'un montant total de "
            "95 millions de dollars. Deux seulement ont été détaillés : le premier finance la "
            "construction du pont de Sarh, le second l'extension de l'hôpital régional d'Abéché.",
            {"KWT", "TCD"},
            ["infrastructure", "health"],
        ),
        (
            "Le Mali et la Banque mondiale ont signé quatre accords de financement. Le ministère "
            "en a précisé deux : le premier porte sur l'irrigation des rizières, le second sur la "
            "formation professionnelle des jeunes.",
            {"MLI", "WB"},
            ["water", "education"],
        ),
        (
            "Nepal and the World Bank signed three loan agreements in Kathmandu on Monday. Only "
            "two were detailed: the first finances the upgrade of the East-West Highway, the "
            "second the expansion of rural health posts.",
            {"NPL", "WB"},
            ["transport", "health"],
        ),
        (
            "Kenya and the World Bank signed five financing agreements on Friday. The ministry "
            "described two of them: the first supports the fisheries of Lake Turkana, the second "
            "the construction of hospitals.",
            {"KEN", "WB"},
            ["agriculture", "health"],
        ),
        (
            "Узбекистан и Азиатский банк развития подписали три кредитных соглашения. Подробно "
            "описаны два из них: первое касается строительства дорог в Каракалпакстане, второе "
            "— модернизации больниц.",
            {"UZB", "ADB"},
            ["infrastructure", "health"],
        ),
        (
            "Таджикистан и Исламский банк развития подписали четыре соглашения о займах. "
            "Министерство раскрыло два: первое касается ремонта больниц, второе — ремонта школ.",
            {"TJK", "IsDB"},
            ["health", "education"],
        ),
    ],
)
def test_each_ordinal_after_the_lead_in_is_a_text(
    text: str, sides: set[str], sectors: list[str]
) -> None:
    found = read("Financement\n\n" + text, "news.txt").agreements
    assert len(found) == 2
    for agreement, sector in zip(found, sectors, strict=True):
        assert set(agreement.parties) == sides
        assert sector in agreement.sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Sri Lanka and the Asian Development Bank signed two loan agreements. The first "
            "finances rural roads in Uva, the second will fund the water supply of Jaffna.",
            ["infrastructure", "water"],
        ),
        (
            "Malawi and the World Bank signed two grant agreements on Tuesday. The first supports "
            "maize farmers, the second the vaccination of children.",
            ["agriculture", "health"],
        ),
        (
            "Армения и Всемирный банк подписали два кредитных соглашения. Первый кредит "
            "финансирует ремонт школ, второй — строительство больниц.",
            ["education", "health"],
        ),
    ],
)
def test_a_loan_is_told_by_what_it_pays_for(text: str, sectors: list[str]) -> None:
    found = read("Financement\n\n" + text, "news.txt").agreements
    assert len(found) == 2
    for agreement, sector in zip(found, sectors, strict=True):
        assert sector in agreement.sectors
