"""Multilateral lenders the Russian press names in Russian, which the vocabularies knew only in
English and French (orgnames24, session 24): «Арабский банк экономического развития в Африке»
signed nothing and left its partner alone, «Банк развития Латинской Америки» was read as a
company "Latinskaya Amerika". SPEC: an organisation in Latin script as it writes itself (BADEA,
the short names the vocabularies give, or the English name the English press spells out).
Invented sentences, in several cases of the name."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Арабский банк экономического развития в Африке подписал с Нигером кредитное "
            "соглашение о строительстве дороги.",
            {"BADEA", "NER"},
        ),
        (
            "Правительство Чада подписало с Арабским банком экономического развития в Африке "
            "соглашение о финансировании школ.",
            {"BADEA", "TCD"},
        ),
        (
            "Черноморский банк торговли и развития и Молдавия подписали кредитное соглашение "
            "о ремонте дорог.",
            {"Black Sea Trade and Development Bank", "MDA"},
        ),
        (
            "Банк развития Латинской Америки подписал с Эквадором кредитное соглашение о "
            "строительстве водопровода.",
            {"Development Bank of Latin America", "ECU"},
        ),
        (
            "Перу и Международная исламская торгово-финансовая корпорация подписали соглашение "
            "о финансировании торговли.",
            {"ITFC", "PER"},
        ),
        (
            "Банк инвестиций и развития ЭКОВАС подписал с Либерией кредитное соглашение об "
            "электрификации.",
            {"BIDC", "LBR"},
        ),
        (
            "Банк развития государств Центральной Африки подписал с Габоном соглашение о "
            "финансировании порта.",
            {"BDEAC", "GAB"},
        ),
        (
            "Центральный банк государств Западной Африки и Всемирный банк подписали меморандум "
            "о платежных системах.",
            {"BCEAO", "WB"},
        ),
        (
            "Арабский фонд экономического и социального развития подписал с Иорданией "
            "кредитное соглашение о водоснабжении.",
            {"Arab Fund for Economic and Social Development", "JOR"},
        ),
    ],
)
def test_a_lender_named_in_russian_signs_as_itself(text: str, sides: set[str]) -> None:
    assert [set(a.parties) for a in read(text).agreements] == [sides]


def test_the_union_named_in_russian_is_its_members() -> None:
    """«ЮЭМОА» is WAEMU, whose texts list its members (SPEC), as «UEMOA» does in French."""
    reading = read("ЮЭМОА и Всемирный банк подписали соглашение о финансировании платежей.")
    assert "WAEMU" in reading.parties
    assert [set(a.parties) for a in reading.agreements] == [
        {"BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO", "WB"}
    ]
