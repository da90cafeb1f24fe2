"""Quoted words that complete a reported clause are a phrase, not a quote (drawA28).

"X a indiqué que les entreprises russes étaient « prêtes à investir dans l'énergie, les
mines et la formation »": the reporter's clause has its own subject and verb before the
quoted words, which only complete it (SPEC: a few quoted words inside a sentence are a
phrase, not a statement), however many words past the short-phrase limit, when the copula
stands before them ("étaient", "were"). "X a déclaré que « nous … »" and "que le Royaume
« soutient pleinement … »" (the clause's own verb inside the quotation) still quote a
statement, as the golds read them. Invented sentences.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _quotes(text: str) -> list[str]:
    return [q.text for q in read(text).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le vice-ministre Ivan Petrov a pour sa part indiqué que les entreprises russes étaient "
        "« prêtes à investir dans l'énergie, les mines et la formation ».",
        "Deputy minister Ivan Petrov said that Russian companies were “ready to invest in "
        "energy, mining and vocational training”.",
    ],
)
def test_words_that_complete_a_reported_clause_are_no_quote(sentence: str) -> None:
    assert _quotes(f"date 2026-05-09 Talks - Example\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre Ivan Petrov a déclaré que « nous sommes prêts à investir dans l'énergie, "
        "les mines et la formation de vos ingénieurs ».",
        # the quoted words hold the clause's own verb: the source's statement
        "Le ministère a indiqué dans un communiqué que le Royaume « soutient pleinement "
        "l'unité et la souveraineté du pays ».",
    ],
)
def test_a_statement_after_que_is_still_a_quote(sentence: str) -> None:
    assert len(_quotes(f"date 2026-05-09 Talks - Example\n{sentence}\n")) == 1
