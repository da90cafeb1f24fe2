"""Seventh draw (drawB19): a quoted noun phrase of up to eleven words inside a sentence is a
phrase, not a statement (SPEC), however many words past the eight of a bare phrase: "wanted
“a border that works for the people who live on it”", "a salué « un partenariat fondé sur
la confiance et le respect mutuel »". A clause quoted, or a longer noun phrase, is a quote.
French and English, from the parse (Russian has no parse here: no Russian case).
Invented sentences."""

from __future__ import annotations

from suivi.reading.pipeline import read


def _quotes(text: str) -> list[str]:
    return [q.text for q in read(text.encode(), "article.txt").quotes]


def test_a_quoted_noun_phrase_is_no_quote():
    assert (
        _quotes(
            "Kenya's Foreign Minister Musalia Mudavadi met his Ugandan counterpart in Nairobi. "
            'Mudavadi said Kenya wanted "a railway that serves the farmers who grow our food" '
            "and called the talks useful."
        )
        == []
    )
    assert (
        _quotes(
            "Le président sénégalais Bassirou Diomaye Faye a reçu son homologue gambien à Dakar. "
            "Bassirou Diomaye Faye a salué « un partenariat fondé sur la confiance et le "
            "respect mutuel »."
        )
        == []
    )


def test_a_quoted_clause_or_a_long_noun_phrase_stays_a_quote():
    quoted = _quotes(
        "Kenya's Foreign Minister Musalia Mudavadi met his Ugandan counterpart in Nairobi. "
        'Mudavadi said "the railway will serve the farmers who grow our food" after the talks.'
    )
    assert quoted == ["the railway will serve the farmers who grow our food"]
    quoted = _quotes(
        "Le ministre malien Abdoulaye Diop a reçu son homologue algérien à Bamako. Abdoulaye "
        "Diop a insisté sur « la nécessité de porter les échanges économiques des deux pays à "
        "la hauteur de leurs relations politiques »."
    )
    assert len(quoted) == 1
