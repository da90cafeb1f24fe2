"""An office in the plural before two coordinated names is a title, no part of the first name
(tenth draw, drawD20). Invented sentences, en/fr."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "Presidents Nana Akufo-Addo and Faure Gnassingbé opened the meeting in Lomé on Monday.",
        ["Faure Gnassingbé", "Nana Akufo-Addo"],
    ),
    (
        "Prime Ministers Robert Abela and Kyriakos Mitsotakis met in Valletta on Friday.",
        ["Kyriakos Mitsotakis", "Robert Abela"],
    ),
    (
        "Ambassadors Peter Kamau and Julia Novak signed the protocol in Nairobi.",
        ["Julia Novak", "Peter Kamau"],
    ),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_a_plural_office_is_cut_from_the_first_name(text, names):
    reading = read(text.encode(), "article.txt")
    assert sorted(p.name for p in reading.people) == names
