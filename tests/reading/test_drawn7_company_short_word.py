"""A company spelled out in French, named by a short name written as a word (drawA19).

"la Société malienne de transport aérien (Somatra)": the short name in brackets is
written as a word, not in capitals, but made of the first letters of the name's words; the
company signs by it (SPEC: its acronym when it uses one), as "(CIE)" was read already. A
word in brackets that is not made so ("(Bamako)") names no company. The shape is French
(a company's form word first). Sentences invented for the tests.
"""

from __future__ import annotations

from suivi.reading.gazetteer import _abbreviates
from suivi.reading.pipeline import read


def test_short_name_written_as_a_word_names_the_company() -> None:
    reading = read(
        "La Guinée et le Mali ont tenu leur commission mixte à Conakry. La Société malienne de "
        "transport aérien (Somatra) et la Compagnie malienne des textiles (Comatex) ont signé "
        "une convention de fret."
    )
    assert "Somatra" in reading.parties
    assert "Comatex" in reading.parties
    assert any(sorted(a.parties) == ["Comatex", "Somatra"] for a in reading.agreements)


def test_only_the_name_s_initial_letters_make_a_short_name() -> None:
    assert _abbreviates("Somatra", "Société malienne de transport aérien")
    assert _abbreviates("Comatex", "Compagnie malienne des textiles")
    assert not _abbreviates("Bamako", "Société des mines de Syama")
    assert not _abbreviates("Mali", "Société des mines du Mali")
