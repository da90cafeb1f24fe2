"""An English text named by its own capitalised name ("the Cooperative Framework Agreement",
"the Abraham Accords") is a text of its own, as "the agreement on X" is, even with the
definite article of a text spoken of before; what its sentence and the next tell of it (who
ratified it, what it creates) is its own. Not a place named after a kind word ("the Jakarta
Convention Center") nor a generic text in capitals ("the Grant Agreement"). Sentences written
for these tests.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

RATIFIED = (
    "The Lakeside Cooperative Accord, opened for signature in Kisumu in 2012, entered into force "
    "in March 2023 after Kenya, Uganda and Tanzania ratified it. It creates a Lake Victoria "
    "Fisheries Commission, which has yet to meet.\n"
)


def test_a_proper_named_text_is_read_with_its_ratifiers():
    reading = read(RATIFIED)
    texts = [a for a in reading.agreements if set(a.parties) == {"KEN", "UGA", "TZA"}]
    assert len(texts) == 1, reading.agreements
    assert texts[0].status == "in_force"


def test_what_it_creates_tells_its_field():
    reading = read(RATIFIED)
    (text,) = [a for a in reading.agreements if set(a.parties) == {"KEN", "UGA", "TZA"}]
    assert "agriculture" in text.sectors, text.sectors


def test_a_venue_named_after_a_kind_word_is_no_text():
    reading = read(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni opened a trade "
        "fair at the Nairobi Convention Centre on Monday, and the two governments signed a "
        "memorandum on cross-border trade.\n"
    )
    assert [a.kind for a in reading.agreements] == ["memorandum"], reading.agreements


def test_a_generic_text_in_capitals_is_the_one_read_before():
    reading = read(
        "Japan and Fiji signed a grant agreement for a weather radar in Suva on Monday. "
        "The Grant Agreement was signed by the finance minister and the ambassador of Japan.\n"
    )
    assert len(reading.agreements) == 1, reading.agreements
