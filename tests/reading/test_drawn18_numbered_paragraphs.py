"""A communiqué numbers its paragraphs ("4.", "5.") and letters the texts listed under one of
them ("a)", "b)"): the list under "4. ... the following documents were signed:" ends where
paragraph "5." begins, so a statement in paragraph 5 is no listed text (it was read as one more
agreement of no field). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "fr",
        "1. La 2e session de la Commission mixte franco-chilienne s'est tenue à Paris le "
        "3 mars 2026.\n\n"
        "2. À l'issue de la session, les textes suivants ont été signés :\n"
        "a) un accord de coopération dans le domaine de la santé ;\n"
        "b) un mémorandum d'entente dans le domaine du tourisme.\n\n"
        "3. Le ministre chilien a estimé que « nos deux pays disposent enfin des leviers de "
        "leur amitié ».\n",
    ),
    (
        "en",
        "1. The second session of the Chile-Ghana Joint Commission was held in Accra on "
        "3 March 2026.\n\n"
        "2. At the end of the session, the following documents were signed:\n"
        "a) an agreement on cooperation in health;\n"
        "b) a memorandum of understanding on tourism.\n\n"
        "3. The Chilean minister said the two nations now had the tools of their friendship.\n",
    ),
]


RUSSIAN = (
    "1. Второе заседание Российско-чилийской межправительственной комиссии состоялось в "
    "Москве 3 марта 2026 года.\n\n"
    "2. По итогам заседания были подписаны следующие документы:\n"
    "а) соглашение о сотрудничестве в области здравоохранения;\n"
    "б) меморандум о взаимопонимании в области туризма.\n\n"
    "3. Министр отметил, что у двух стран теперь есть инструменты их дружбы.\n"
)


@pytest.mark.parametrize(("language", "text"), CASES)
def test_the_next_numbered_paragraph_is_no_listed_text(language, text):
    reading = read(text)
    assert len(reading.agreements) == 2, [a.evidence for a in reading.agreements]
    assert all(a.sectors for a in reading.agreements)


def test_russian_lettered_list_already_ended():
    """Cyrillic letters («а)», «б)») are no bullets to the reader: the list ends at its last
    item's full stop, as before (a guard, not a change)."""
    reading = read(RUSSIAN)
    assert len(reading.agreements) == 2, [a.evidence for a in reading.agreements]
