"""Two domains a text's complement names by a phrase whose words alone mislead.

Relations between states made normal again are diplomacy ("a treaty on the normalisation of
relations", «договор о нормализации отношений»), not the standards French "normalisation"
names alone. Watching and patrolling the sea and the coast is security ("a memorandum on
maritime surveillance", «о морском патрулировании»), not shipping. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chad and Sudan signed a treaty on the normalisation of relations in 2019.", "en"),
        ("Eritrea and Djibouti signed an accord on the normalization of their relations.", "en"),
        ("Le Tchad et le Soudan ont signé un traité de normalisation des relations.", "fr"),
        ("Чад и Судан подписали договор о нормализации отношений.", "ru"),
    ],
)
def test_normalised_relations_are_diplomacy(text: str, lang: str) -> None:
    (agreement,) = agreements_of(text, lang, published="2025-03-01")
    assert agreement.sectors == ["diplomacy"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ghana and Togo signed a memorandum on maritime surveillance.", "en"),
        ("Benin and Nigeria signed an agreement on joint patrols in the Gulf.", "en"),
        ("Le Ghana et le Togo ont signé un mémorandum sur la surveillance maritime.", "fr"),
        ("Гана и Того подписали меморандум о морском патрулировании.", "ru"),
    ],
)
def test_watching_the_sea_is_security(text: str, lang: str) -> None:
    (agreement,) = agreements_of(text, lang, published="2025-03-01")
    assert agreement.sectors == ["security"]


@pytest.mark.parametrize(
    ("text", "lang", "sectors"),
    [
        # guards: standards stay trade, shipping stays transport
        (
            "Le Mali et le Niger ont signé un accord sur la normalisation et la métrologie.",
            "fr",
            ["trade"],
        ),
        ("Ghana and Togo signed a memorandum on maritime transport.", "en", ["transport"]),
        ("Гана и Того подписали соглашение о морском судоходстве.", "ru", ["transport"]),
    ],
)
def test_near_misses_keep_their_domain(text: str, lang: str, sectors: list[str]) -> None:
    (agreement,) = agreements_of(text, lang, published="2025-03-01")
    assert agreement.sectors == sectors
