""" "The agreement", «Соглашение» at the head of a sentence names again the memorandum,
protocol, treaty or convention just read ("un mémorandum d'entente sur la pêche … L'accord
sur la pêche sera mis en œuvre"): one text. An exchange of notes and the grant agreement
signed after it stay two. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


def read(text: str, lang: str):
    return agreements_of(text, lang, published="2026-11-18")


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "fr",
            "Le Togo et le Bénin ont signé un mémorandum d'entente sur la pêche. L'accord "
            "sur la pêche sera mis en œuvre dès janvier.",
            "memorandum",
        ),
        (
            "fr",
            "Le Niger et le Tchad ont signé une convention sur la transhumance. L'accord "
            "sur la transhumance entrera en vigueur en mars.",
            "convention",
        ),
        (
            "ru",
            "Россия и Египет подписали меморандум о сотрудничестве в энергетике. "
            "Соглашение об энергетике позволит построить станцию.",
            "memorandum",
        ),
    ],
)
def test_the_general_word_names_the_last_text_again(lang, text, kind):
    assert [a.kind for a in read(text, lang)] == [kind]


def test_notes_exchanged_and_the_grant_agreement_signed_after_are_two():
    text = (
        "Japan and Zambia exchanged notes on a grant for roads. Then the two ministers signed "
        "the grant agreement for roads."
    )
    assert len(read(text, "en")) == 2
    one = (
        "Japan and Zambia signed a memorandum on roads. The agreement on roads will be "
        "carried out from May."
    )
    assert len(read(one, "en")) == 1
