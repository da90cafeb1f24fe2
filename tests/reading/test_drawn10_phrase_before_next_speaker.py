"""A few quoted words inside a sentence are a phrase (SPEC), even when the next sentence
opens with someone speaking: the attribution that makes them a quotation is their own
sentence's ("…", X said), not a "said" of the sentence after. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _quotes(text: str) -> list[str]:
    return [q.text for q in read(text.encode(), "article.txt").quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo met in Accra. A protocol on fisheries will be signed "
        '"before the rainy season", according to the Togolese side.\n\n'
        "Kwame Mensah said the talks were useful.",
        "Le Ghana et le Togo se sont réunis à Accra. Un protocole sur la pêche sera signé "
        "« avant la saison des pluies », selon la partie togolaise.\n\n"
        "Kwame Mensah a déclaré que les discussions étaient utiles.",
    ],
)
def test_a_phrase_before_a_speaking_sentence_is_no_quote(text):
    assert _quotes(text) == []


def test_words_attributed_in_their_own_sentence_stay_a_quote():
    text = (
        'Ghana and Togo met in Accra. "We will sign it before the rainy season," Kwame Mensah said.'
    )
    assert _quotes(text) == ["We will sign it before the rainy season"]
