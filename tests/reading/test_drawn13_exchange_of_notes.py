"""An exchange of notes or letters has no content of its own: signed beside another text
with one complement after both ("an Exchange of Notes and a Grant Agreement for a project to
build a hospital", "un échange de notes et un accord de don pour ...", «обмен нотами и
соглашение о гранте на ...»), it covers what that text covers; told again by its title ("The
Exchange of Notes was signed by ..."), it is the same text (thirteenth draw, drawC22).
Invented sentences, en/fr/ru."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each text's kind and sorted sectors, in reading order."""
    found, _ = agreements.extract(context(text, lang, published="2026-03-10"))
    return [(a.kind, tuple(sorted(a.sectors))) for a in found]


@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        (
            "en",
            "Japan and Chile on Monday signed an Exchange of Notes and a Grant Agreement for a "
            "project to build a hospital in Arica.",
            "health",
        ),
        (
            "en",
            "Japan and Peru signed an exchange of letters and a loan agreement for the "
            "construction of a water treatment plant in Cusco.",
            "water",
        ),
        (
            "fr",
            "Le Japon et le Sénégal ont signé lundi un échange de notes et un accord de don "
            "pour un projet de construction d'un hôpital à Thiès.",
            "health",
        ),
        (
            "ru",
            "Япония и Монголия подписали обмен нотами и соглашение о гранте на строительство "
            "школ в Улан-Баторе.",
            "education",
        ),
        (
            "ru",
            "Япония и Монголия подписали обмен нотами и грантовое соглашение на строительство "
            "больницы в Дархане.",
            "health",
        ),
    ],
)
def test_an_exchange_of_notes_covers_what_the_text_beside_it_covers(lang, text, sector):
    assert [s for _, s in read(text, lang)] == [(sector,), (sector,)]


def test_the_exchange_of_notes_told_again_by_its_title_is_the_same_text():
    text = (
        "Japan and Chile on Monday signed an Exchange of Notes and a Grant Agreement for a "
        "project to build a hospital in Arica. The Exchange of Notes was signed at the Ministry "
        "of Foreign Affairs by the minister and by Japan's ambassador."
    )
    assert read(text, "en") == [("other", ("health",)), ("agreement", ("health",))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Japan and Chile signed an exchange of notes on visas and a grant agreement for a "
            "project to build a hospital in Arica.",
            [("other", ("diplomacy",)), ("agreement", ("health",))],
        ),
        (
            "fr",
            "Le Japon et le Sénégal ont signé un échange de lettres sur les visas et un accord de "
            "don pour la construction d'un hôpital.",
            [("other", ("diplomacy",)), ("agreement", ("health",))],
        ),
    ],
)
def test_an_exchange_with_a_domain_of_its_own_keeps_it(lang, text, expected):
    assert read(text, lang) == expected
