"""Quoted words that a verb takes as its object, a source named before it (session 19, drawA19).

SPEC: a few quoted words inside a sentence are a phrase, not a statement. "Le ministre a,
selon un communiqué, salué « un partenaire fiable »" names the communiqué as its source, but
the quoted words are what the minister hailed, not the communiqué's statement: a clause of
its own stands between the source's comma and the quotation. A source that introduces the
quotation itself ("Selon le communiqué, « ... »", "... agreed that “...”") still gives one.
Sentences invented for the tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et le Niger ont signé un accord de transport. Le ministre malien a, selon un "
        "communiqué de son cabinet, salué « un voisin qui n'a jamais fermé sa porte ».",
        "Mali and Niger signed a transport agreement. The Malian minister, according to a "
        "statement from his office, hailed “a neighbour that never closed its door”.",
        "Мали и Нигер подписали соглашение о транспорте. Министр Мали, как говорится в "
        "заявлении его ведомства, назвал соседа «партнером который никогда не ставил условий».",
    ],
)
def test_phrase_object_of_a_verb_after_a_source_is_no_quote(text: str) -> None:
    assert read(text).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et le Niger ont signé un accord de transport. Selon le communiqué, « les deux "
        "pays ouvriront la route en juin ».",
        "Mali and Niger signed a transport agreement. According to the statement, the ministers "
        "agreed that “the road will open in June”.",
    ],
)
def test_source_that_introduces_the_quotation_still_gives_one(text: str) -> None:
    quotes = read(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker is None
