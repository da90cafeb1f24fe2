"""The rest of a count of texts, their noun left out, told by their domains: "Les quatre
autres touchent entre autres à l'éducation et au tourisme", "The other five cover health and
culture", «Остальные пять касаются здравоохранения и культуры» are texts, one a domain (SPEC:
as many agreements as the text names). "The other two delegations focused on health" names
no text (guard). Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str) -> list[tuple[str, ...]]:
    found, _ = agreements.extract(context(text, lang, "2026-03-14"))
    return [tuple(a.sectors) for a in found]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le Sénégal et la Gambie ont signé six accords, dont un accord sur l'énergie. Les "
            "quatre autres touchent entre autres à l'éducation et au tourisme.",
            [("energy",), ("education",), ("culture",)],
        ),
        (
            "en",
            "Ghana and Togo signed six agreements, including one on energy. The remaining "
            "ones touch on health and tourism.",
            [("energy",), ("health",), ("culture",)],
        ),
        (
            "ru",
            "Россия и Белоруссия подписали шесть соглашений, в том числе соглашение об "
            "энергетике. Остальные пять касаются здравоохранения и культуры.",
            [("energy",), ("health",), ("culture",)],
        ),
    ],
)
def test_the_other_texts_one_a_domain(lang, text, expected) -> None:
    assert read(text, lang) == expected


def test_other_delegations_are_no_texts() -> None:
    text = (
        "Ghana and Togo signed an agreement on energy. The other two delegations focused on health."
    )
    assert read(text, "en") == [("energy",)]
