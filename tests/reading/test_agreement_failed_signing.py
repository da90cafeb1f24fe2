"""A signing told as failed names no text of the story: "failed to sign", "stopped short of
signing", "left without signing", "ont échoué à conclure", «не смогли подписать», «без
подписания», «Подписать … не удалось» (SPEC: agreements are texts signed, or announced
for signing). Words that only look alike ("signed without delay", "without prejudice to
the 2019 agreement") keep their texts. Sentences written for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2026-05-04"))
    return found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ghana and Togo failed to sign an agreement on the border."),
        ("en", "Ghana and Togo stopped short of signing a defence pact."),
        ("en", "Ghana and Togo were unable to sign a defence agreement."),
        (
            "en",
            "The Ghanaian and Togolese ministers left Accra without signing an agreement on energy.",
        ),
        ("en", "Talks between Ghana and Togo fell short of a defence agreement."),
        ("fr", "Le Sénégal et la Gambie ont échoué à conclure un accord sur la frontière."),
        ("fr", "Le Sénégal et la Gambie n'ont pas pu signer l'accord sur la transhumance."),
        ("ru", "Россия и Египет не смогли подписать соглашение о рыболовстве."),
        ("ru", "Переговоры России и Египта завершились без подписания соглашения о рыболовстве."),
        ("ru", "Подписать соглашение о военном сотрудничестве России и Египта не удалось."),
    ],
)
def test_a_failed_signing_is_no_agreement(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "sectors", "date"),
    [
        ("Ghana and Togo signed without delay an agreement on fisheries.", ["agriculture"], None),
        (
            "Ghana and Togo signed a memorandum on energy, without prejudice to the agreement on "
            "fisheries signed in 2019.",
            ["agriculture"],
            "2019",
        ),
    ],
)
def test_words_alike_keep_their_texts(text, sectors, date):
    found = read(text, "en")
    assert any(a.sectors == sectors and (date is None or a.date == date) for a in found)
