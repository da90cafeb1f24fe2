"""A lake or nature kept from harm is the environment: "un protocole sur la protection du
lac Tchad", "a protocol on the protection of Lake Victoria", «соглашение об охране озера
Хубсугул». The lake's noun before its name is a place's, and was blanked with the name; a
phrase of a domain that runs into it keeps it. A river's management stays water (guard).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str) -> list[list[str]]:
    found, _ = agreements.extract(context(text, lang, "2026-03-14"))
    return [a.sectors for a in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Mali et le Niger ont signé un protocole sur la protection du lac Tchad."),
        ("en", "Kenya and Uganda signed a protocol on the protection of Lake Victoria."),
        ("ru", "Россия и Монголия подписали соглашение об охране озера Хубсугул."),
    ],
)
def test_protection_of_a_lake_is_environment(lang, text) -> None:
    assert read(text, lang) == [["environment"]]


def test_a_heritage_clause_does_not_hide_the_lake() -> None:
    text = (
        "Le Mali et le Niger ont signé un protocole sur la protection du lac Tchad, qui est "
        "notre patrimoine commun."
    )
    assert "environment" in read(text, "fr")[0]


def test_management_of_a_river_stays_water() -> None:
    text = "Le Mali et le Niger ont signé un protocole sur la gestion du fleuve Niger."
    assert read(text, "fr") == [["water"]]
