"""A quotation a document says, with words between the document and its verb that tell when
or how it was issued ("the joint statement issued after the talks said", "the communiqué
released on Friday said"), has no speaker, whoever is named before it (SPEC; twelfth draw,
drawF21). Invented sentences, en."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    'Minister Jane Doe met her Kenyan counterpart Peter Otieno in Nairobi. "The two sides '
    'agreed to deepen their partnership in energy and trade," the joint statement issued '
    "after the talks said.",
    'Foreign Minister Maria Silva hosted Ahmed Khan in Lisbon. "Both countries reaffirmed '
    'their commitment to free trade and open markets," the communique released on Friday said.',
    'Prime Minister Olaf Berg received Sipho Dlamini in Oslo. "Norway will support '
    'renewable energy projects in Eswatini over the next five years," the declaration adopted '
    "at the end of the visit said.",
    'President Luis Ortega welcomed Kwame Mensah to Quito. "The two governments will open '
    'direct flights between their capitals next year," the joint communique published on '
    "Sunday said.",
    'Minister Aiko Tanaka and her guest Rashid Karimov toured the port. "Both parties agreed '
    'to set up a working group on logistics and customs," the final communique distributed '
    "after the meeting said.",
]


@pytest.mark.parametrize("text", CASES)
def test_a_document_issued_then_saying_has_no_speaker(text):
    reading = read(text.encode(), "article.txt")
    assert [q.speaker for q in reading.quotes] == [None]
