"""A quoted complement with no verb, opened by a preposition, completes the clause before
it and says no sentence of its own (SPEC: a few quoted words inside a sentence are a phrase,
not a quote), however many words it has (drawC31, session 31). Invented sentences; French
and English (the parse that tells a verb)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ghana held talks in Nairobi on Monday.\n\nPresident William Ruto said Kenya "
        'saw West Africa "as a market and as a partner, not as a charity case".',
        "Le Kenya et le Ghana ont tenu des consultations à Nairobi lundi.\n\nLe président "
        "William Ruto a dit que le Kenya voyait l'Afrique de l'Ouest « comme un marché et "
        "comme un partenaire, pas comme un cas de charité ».",
    ],
)
def test_a_verbless_complement_is_no_quote(text: str) -> None:
    assert read(text).quotes == []


def test_a_sentence_quoted_is_still_a_quote() -> None:
    """Guard: words with their own verb are a statement."""
    text = (
        'Kenya and Ghana held talks in Nairobi on Monday.\n\n"For us Ghana is not only a '
        'buyer. It is our road to the sea," President William Ruto said.'
    )
    assert [q.speaker for q in read(text).quotes] == ["William Ruto"]
