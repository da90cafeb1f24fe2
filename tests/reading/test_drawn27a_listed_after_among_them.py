"""A list whose header only points back at the texts the sentence before counted («…
подписали 12 документов. Среди них:», "signed nine documents. Among them:", "… ont signé
sept documents. Parmi eux :") lists those texts; an item that opens on a statement's word is
a declaration («Заявление глав государств о …», "Statement of the Heads of State on …").
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "По итогам саммита главы государств Казахстана и Узбекистана подписали 12 документов. "
        "Среди них:\n- Соглашение о сотрудничестве в области здравоохранения;\n"
        "- Заявление глав государств об укреплении добрососедства и сохранении исторической "
        "памяти.\n",
        "At the summit, the presidents of Kazakhstan and Uzbekistan signed 12 documents. "
        "Among them:\n- Agreement on cooperation in healthcare;\n"
        "- Statement of the Heads of State on preserving historical memory.\n",
    ],
)
def test_statement_item_under_among_them(text: str) -> None:
    found = read(text.encode(), "article.txt").agreements
    declarations = [a for a in found if a.kind == "declaration"]
    assert len(declarations) == 1
    assert declarations[0].sectors == ["culture"]
    assert sorted(declarations[0].parties) == ["KAZ", "UZB"]
    assert declarations[0].status == "signed"
