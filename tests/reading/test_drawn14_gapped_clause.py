"""A second clause whose verb is left out (gapping) names its own signers: «X и Y заключили
соглашение о …, а компания «Z» и министерство W — меморандум о …» (Russian marks the missing
verb with a dash), "X and Y signed an agreement on …, and Z and W a memorandum on …", "…, et
la société Z et le ministère W un mémorandum sur …". The memorandum binds Z and W, not the
first clause's subject. And «подготовка кадров» is training, a domain, not the preparation
of a text (no planned status). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(a.parties), a.status) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Министерство здравоохранения Армении и Министерство здравоохранения Ирана заключили "
            "соглашение о сотрудничестве в области медицины, а компания «Лукойл» и Министерство "
            "нефти Ирана — меморандум о разведке нефти.",
            {"Lukoil", "IRN"},
        ),
        (
            "Сербия и Венгрия подписали соглашение о транспорте, а Сербия и Словакия — "
            "меморандум о туризме.",
            {"SRB", "SVK"},
        ),
        (
            "Ведомства Египта и Иордании подписали соглашение о таможне, а Госкорпорация "
            "«Росатом» и Агентство по атомной энергии Иордании — меморандум о подготовке "
            "кадров.",
            {"Rosatom", "JOR"},
        ),
        (
            "Kenya's Ministry of Health and Uganda's Ministry of Health signed an agreement on "
            "health, and TotalEnergies and the Ugandan Ministry of Energy a memorandum on oil "
            "exploration.",
            {"TotalEnergies", "UGA"},
        ),
        (
            "Serbia and Hungary signed an agreement on transport, and Serbia and Slovakia a "
            "memorandum on tourism.",
            {"SRB", "SVK"},
        ),
    ],
)
def test_gapped_clause_names_its_signers(text, second):
    found = _agreements(text)
    assert len(found) == 2
    assert found[1] == (frozenset(second), "signed")


# guards: the signing verb said it before; in a gapped clause only the domain is left
@pytest.mark.parametrize(
    "text",
    [
        "Россия и Индия подписали меморандум о подготовке кадров для атомной отрасли.",
        "Беларусь и Куба подписали соглашение о подготовке специалистов в области медицины.",
    ],
)
def test_training_with_its_verb_stays_signed(text):
    assert [status for _, status in _agreements(text)] == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Индия обсудили подготовку соглашения о торговле.",
        "Россия и Индия продолжают подготовку меморандума о сотрудничестве в сфере туризма.",
    ],
)
def test_preparing_a_text_stays_planned(text):
    assert all(status == "planned" for _, status in _agreements(text))
