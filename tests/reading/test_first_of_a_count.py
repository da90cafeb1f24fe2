"""The first of the texts a count told is a text, as the second is (not read yet).

"signed two loan agreements … The first, signed with the IsDB, is worth $80 million … The
second, signed with the OPEC Fund, …": each ordinal set apart by a comma stands for one of
the texts counted, the first included. English and Russian read only the second on: the
rule that read the first too ("the first," beside "the second,") cost the blind aggregate two
extra agreements and no match (2026-12-05), so it waits for a narrower one. Session 26
(drawB26) put "the first," back for English with a series' ranks counted per kind; the
blind aggregate's agreements F1 stayed 0.707 (one extra agreement more).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

STORIES = {
    "en": (
        "date 2025-06-12 Benin signs two loans - acotonou.com\n\n"
        "COTONOU. Benin's finance minister on Thursday signed two loan agreements worth a total "
        "of $120 million in Cotonou with two Arab lenders, the ministry said in a statement.\n"
        "The first, signed with the IsDB, is worth $80 million and will finance rural roads in "
        "the north.\n"
        "The second, signed with the African Development Bank, will pay for a water supply "
        "project in Parakou."
    ),
    "ru": (
        "date 2025-06-12 Бенин подписал два кредитных соглашения - ria.ru\n\n"
        "КОТОНУ. Министр финансов Бенина в четверг подписал в Котону два кредитных соглашения "
        "на общую сумму 120 миллионов долларов с двумя кредиторами, сообщило министерство.\n"
        "Первое, подписанное с Исламским банком развития, на сумму 80 миллионов долларов, "
        "профинансирует сельские дороги на севере страны.\n"
        "Второе, подписанное с Африканским банком развития, пойдет на проект водоснабжения в "
        "Параку."
    ),
}


# English reads "The first," again since session 26 (drawB26: a count that named none of its
# texts); Russian («Первое, подписанное ...») still does not
@pytest.mark.parametrize(
    "lang",
    [
        "en",
        pytest.param(
            "ru",
            marks=pytest.mark.xfail(
                strict=True, reason="the first ordinal after a count is not read (see above)"
            ),
        ),
    ],
)
def test_each_ordinal_of_a_count_is_a_text(lang: str) -> None:
    reading = read(STORIES[lang].encode(), "story.txt").to_dict()
    assert sorted(sorted(a["parties"]) for a in reading["agreements"]) == [
        ["AfDB", "BEN"],
        ["BEN", "IsDB"],
    ]
