"""Two texts of one kind, sides, status and domain named by titles that share no word of
their object are two texts, not one named again: "un accord sur la promotion et la
protection réciproque des investissements", then "L'accord sur la non-double imposition";
«соглашение о поощрении и взаимной защите инвестиций», then «Соглашение об избежании
двойного налогообложения». A definite mention whose title shares its object's words with the
text read before is that text again (guard). Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str) -> list[tuple[str, str]]:
    found, _ = agreements.extract(context(text, lang, "2026-03-14"))
    return [(a.status, a.sectors[0]) for a in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Mali et le Niger ont tenu leur commission mixte. Les parties sont convenues de "
            "préparer un accord sur la promotion et la protection réciproque des "
            "investissements. L'accord sur l'élimination de la double imposition, négocié "
            "depuis 2021, n'est pas encore conclu.",
        ),
        (
            "en",
            "Mali and Niger held their joint commission. The sides agreed to prepare an "
            "agreement on the promotion and mutual protection of investments. The agreement "
            "on the avoidance of double taxation, under negotiation since 2021, is still to "
            "be signed.",
        ),
        (
            "ru",
            "Мали и Нигер провели заседание комиссии. Стороны договорились подготовить "
            "соглашение о поощрении и взаимной защите инвестиций. Соглашение об избежании "
            "двойного налогообложения, переговоры по которому ведутся с 2021 года, пока не "
            "согласовано.",
        ),
    ],
)
def test_two_titles_two_texts(lang, text) -> None:
    assert read(text, lang) == [("planned", "economy"), ("planned", "economy")]


def test_the_same_object_named_again_is_one_text() -> None:
    text = (
        "Le Mali et le Niger ont signé un accord sur la protection réciproque des "
        "investissements. L'accord sur la protection des investissements entrera en vigueur "
        "en juin."
    )
    assert len(read(text, "fr")) == 1
