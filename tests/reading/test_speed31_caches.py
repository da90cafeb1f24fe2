"""The speed-ups of speed31 change no reading: a comparison of two names kept per pair, the
table's names compared first word first, a sentence's text cut from the document's. Sentences
and their names invented for these tests (the people are in the office holders' table)."""

from __future__ import annotations

import pytest

from suivi.reading import known_people, nlp, people, pipeline


def test_a_comparison_of_two_names_is_kept() -> None:
    # `_merge` and `extract` ask the same pairs again and again: each is worked out once
    people._same_person.cache_clear()
    assert people._same_person("Goïta", "Assimi Goïta", False) is True
    assert people._same_person("Goïta", "Assimi Goïta", False) is True
    assert people._same_person.cache_info().hits == 1
    assert people._same_person("Лаврова", "Сергей Лавров", True) is True
    assert people._same_person("Diop", "Assimi Goïta", False) is False


@pytest.mark.parametrize(
    ("text", "inflected", "found"),
    [
        (
            "Le ministre Abdoulaye Diop a reçu Sadio Camara à Bamako.",
            False,
            [("Abdoulaye Diop", "Abdoulaye Diop"), ("Sadio Camara", "Sadio Camara")],
        ),
        (
            "Foreign Minister Abdoulaye Diop met Abdoulaye Maïga and Abdoulaye, a driver.",
            False,
            [("Abdoulaye Diop", "Abdoulaye Diop"), ("Abdoulaye Maïga", "Abdoulaye Maïga")],
        ),
        (
            "Министр Абдулай Диоп встретился с Садио Камарой и Абдулаем Майгой.",
            True,
            [
                ("Абдулай Диоп", "Абдулай Диоп"),
                ("Садио Камарой", "Садио Камара"),
            ],  # («Абдулаем»: the folded «Абдулаи» loses no nominative ending)
        ),
        ("Abdoulaye\nDiop and Sadio  Camara were absent.", False, []),
    ],
)
def test_table_names_are_found_as_before(
    text: str, inflected: bool, found: list[tuple[str, str]]
) -> None:
    # guards: the longest table name at each capitalised word, its words one space apart
    spans = known_people.spans(text, inflected)
    assert [(text[a:b], name) for a, b, name in spans] == found


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et le Sénégal ont signé un accord.  La cérémonie a eu lieu à Dakar. Fin",
        "The two ministers signed a memorandum.\n\nIt covers energy and mining. ",
    ],
)
def test_sentences_are_the_documents_characters(text: str) -> None:
    # a guard: a sentence's text is the document's between its start and its end, as spaCy's
    # own span text was
    doc = nlp.french()(text)
    analysis = pipeline._from_spacy(doc)
    assert [(s.start, s.end, s.text) for s in analysis.sentences] == [
        (s.start_char, s.end_char, s.text) for s in doc.sents
    ]
