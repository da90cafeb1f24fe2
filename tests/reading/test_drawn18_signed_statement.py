"""A Russian «заявление» signed beside another text, an item of the signing verb's list
(«подписали программу … и заявление о …»), is a declaration (SPEC: KIND); said alone, a
statement is no text. And a plan of consultations keeps its kind with two words before
«консультаций» («план многоуровневых межмидовских консультаций»). English and French name
a declaration by its own word already. Sentences written for these tests.
"""

from __future__ import annotations

from suivi.reading.pipeline import read


def test_the_statement_signed_beside_a_programme():
    reading = read(
        "Министры иностранных дел России и Белоруссии подписали программу сотрудничества на "
        "2026 год и заявление о борьбе с терроризмом."
    )
    assert sorted(a.kind for a in reading.agreements) == ["declaration", "programme"]
    declaration = next(a for a in reading.agreements if a.kind == "declaration")
    assert declaration.sectors == ["security"]


def test_a_plan_of_consultations_with_two_adjectives():
    reading = read(
        "Министры иностранных дел России и Белоруссии подписали план многоуровневых "
        "межведомственных консультаций на 2026–2027 годы и заявление о сотрудничестве в сфере "
        "информационной безопасности."
    )
    assert sorted(a.kind for a in reading.agreements) == ["declaration", "programme"]


def test_a_statement_said_is_no_text():
    reading = read(
        "Россия и Белоруссия подписали соглашение о торговле. Министр сделал заявление о ценах."
    )
    assert [a.kind for a in reading.agreements] == ["agreement"]
