"""Hostile input: whatever comes in, a valid reading or a one-line ReadingError, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from suivi.reading.formats import ReadingError
from suivi.reading.pipeline import read, read_many

HOSTILE = Path(__file__).parent / "hostile"


def assert_valid(reading) -> None:
    """Every field present, JSON-serialisable, evidence copied from the text."""
    data = reading.to_dict()
    json.dumps(data)
    text = " ".join(data["document"]["text"].split())
    for item in data["agreements"] + data["bodies"]:
        assert " ".join(item["evidence"].split()) in text
    for person in data["people"]:
        assert person["name"].strip()
    for quote in data["quotes"]:
        assert quote["text"].strip()


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["latin1-declared.html", "malformed.html", "unclosed-quotes.txt", "impossible-date.txt"]
)
def test_readable_hostile_samples_give_valid_readings(name):
    assert_valid(read((HOSTILE / name).read_bytes(), name))


@pytest.mark.slow
def test_impossible_date_is_no_date():
    reading = read((HOSTILE / "impossible-date.txt").read_bytes())
    assert reading.document.published is None
    assert all(a.date is None or not a.date.startswith("2025-02-31") for a in reading.agreements)


@pytest.mark.slow
def test_unclosed_quotes_keep_the_closed_ones_only():
    reading = read("« Une phrase fermée de plusieurs mots », a dit Awa Diallo. « Et une ouverte")
    assert [q.text for q in reading.quotes] == ["Une phrase fermée de plusieurs mots"]


@pytest.mark.slow
def test_five_megabyte_page():
    paragraph = (
        "<p>Le Mali et le Niger ont signé l'accord n° {} dans le domaine de la santé, "
        "a déclaré le ministre malien. « Nous irons plus loin », a affirmé Awa Diallo.</p>\n"
    )
    count = 5_000_000 // len(paragraph)
    page = "<html><body><article>" + "".join(paragraph.format(i) for i in range(count))
    reading = read(page.encode())
    assert_valid(reading)
    assert {"MLI", "NER"} <= set(reading.parties)


@pytest.mark.slow
@pytest.mark.parametrize("depth", [300, 50_000])
def test_deeply_nested_html(depth):
    page = "<html><body>" + "<div><span>" * depth + "<p>Le Mali et le Niger coopèrent.</p>"
    reading = read(page.encode())
    assert_valid(reading)
    assert "Le Mali et le Niger coopèrent." in reading.document.text


def test_unreadable_samples_raise_reading_error():
    for name in ("empty.txt", "binary.bin", "latin1-undeclared.txt", "declared-unknown.html"):
        with pytest.raises(ReadingError):
            read((HOSTILE / name).read_bytes())


@pytest.mark.slow
def test_read_many_yields_errors_in_place():
    documents = [
        (b"", "a.txt"),
        ("Le Mali et le Niger ont signé un accord.", None),
        (b"\x00", None),
    ]
    results = list(read_many(documents))
    assert isinstance(results[0], ReadingError)
    assert_valid(results[1])
    assert isinstance(results[2], ReadingError)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_any_text_gives_a_valid_reading_or_a_reading_error(text):
    try:
        reading = read(text)
    except ReadingError as error:
        assert "\n" not in str(error)
        return
    assert_valid(reading)


WORDS = st.sampled_from(
    ["le", "Mali", "Russie", "accord", "«", "»", "“", "”", "''", "signé", "commission",
     "mixte", "tous", "les", "six", "mois", "a", "déclaré", "Assimi", "Goïta", ".", ",",
     "31", "février", "2025", "russo-malienne", "<p>", "</div>", "date", "2025-06", "\n\n"]
)  # fmt: skip


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=120).map(" ".join))
def test_cooperation_like_text_gives_a_valid_reading(text):
    try:
        reading = read(text.encode())
    except ReadingError:
        return
    assert_valid(reading)
