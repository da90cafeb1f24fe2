"""A report denied, with who reported between the report's word and the text («Сообщения
ряда СМИ о якобы подготовленном соглашении … опровергли», "Reports by some media of an
alleged agreement … were denied"), names no text (SPEC: agreements the text identifies). A
Russian text's years «на 2025–2027 годы» before its domain words do not make it a repeat of
the text before. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str):
    return read(text.encode(), "article.txt").agreements


@pytest.mark.parametrize(
    "text",
    [
        "Армения и Иран подписали меморандум о сотрудничестве в области туризма. Сообщения "
        "ряда СМИ о якобы подготовленном соглашении о поставках газа в Армению в МИД Ирана "
        "опровергли.",
        "Armenia and Iran signed a memorandum on tourism. Reports by some media of an "
        "alleged agreement on gas supplies to Armenia were denied by Iran's foreign ministry.",
    ],
)
def test_denied_report_names_no_text(text: str) -> None:
    found = _agreements(text)
    assert [a.sectors for a in found] == [["culture"]]


def test_years_before_domain_words() -> None:
    found = _agreements(
        "Армения и Иран подписали меморандум о сотрудничестве в области туризма. Второй "
        "документ — программа сотрудничества на 2026–2028 годы в области здравоохранения."
    )
    assert sorted(a.kind for a in found) == ["memorandum", "programme"]
    assert [a.sectors for a in found if a.kind == "programme"] == [["health"]]
