"""One pattern for a count told ordinal by ordinal (refactor20, session 20): the ordinal a
sentence opens with is one of the texts told ("Le premier accord", "The second, worth ...",
«Второе, на сумму ...»), or adds one ("Un troisième accord", "Another agreement", «Ещё одно
соглашение»); set apart by a comma it stands for a text with no kind word. Invented phrases,
folded as the reader folds them."""

from __future__ import annotations

import pytest

from suivi.reading.agreements import _series_ordinal, _SeriesOrdinal


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        ("le premier accord, d'un montant de 5 millions, porte sur l'eau", (0, False, False)),
        ("la seconde, de 8 millions, a ete conclue avec la banque", (1, False, True)),
        ("une quatrieme convention portera sur les ports", (3, True, False)),
        ("un autre protocole vise la peche", (1, True, False)),
        ("the first agreement, worth $9 million, covers wells", (0, False, False)),
        ("the third, worth $4 million, was signed with the fund", (2, False, True)),
        ("a fifth memorandum is expected next year", (4, True, False)),
        ("первое соглашение касается рыболовства", (0, False, False)),
        ("третье, на сумму 7 млн долларов, подписано с фондом", (2, False, True)),
        ("четвертое соглашение подпишут позже", (3, True, False)),
        ("еще одно соглашение касается туризма", (1, True, False)),
    ],
)
def test_an_opening_ordinal_tells_which_text_of_the_series(
    folded: str, expected: tuple[int, bool, bool]
) -> None:
    assert _series_ordinal(folded) == _SeriesOrdinal(*expected)


@pytest.mark.parametrize(
    "folded",
    [
        "first, the ministers reviewed the projects",  # an adverb: no article
        "premier partenaire commercial du pays, la chine a signe",
        "the ministers signed three agreements",
    ],
)
def test_no_ordinal_of_a_series(folded: str) -> None:
    assert _series_ordinal(folded) is None
