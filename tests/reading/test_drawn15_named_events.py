"""An event named after its common noun is no quotation (SPEC: a title in « » is not a
quote): «визит оманской делегации на саммит «Россия — Исламский мир: KazanForum»», "attend
the summit “Russia and the Islamic world: partners for growth”", "au sommet « Russie —
monde islamique : le partenariat »". The words a work's or a site's name follows
(«газопровод», "pipeline") said so already; summits, forums, conferences, exhibitions and
festivals now do too. A quotation after a colon or a speech verb stays one (guard).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "КАЗАНЬ, 3 мая. Министр сообщил, что оманская делегация может приехать на саммит "
        "«Россия — Исламский мир: KazanForum» в мае.",
        "КАЗАНЬ, 3 мая. Делегация примет участие в форуме «Россия — Африка: новые горизонты "
        "сотрудничества» осенью.",
        "KAZAN, 3 May. The minister said an Omani delegation may attend the summit “Russia "
        "and the Islamic world: partners for growth” in May.",
        "KAZAN, 3 mai. Le ministre a dit qu'une délégation omanaise pourrait venir au sommet "
        "« Russie — monde islamique : le partenariat » en mai.",
    ],
)
def test_an_event_name_is_no_quote(text):
    assert read(text).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "KAZAN, 3 May. Speaking at the summit, the minister said: “We are ready to invest in "
        "the new plant next year.”",
        "КАЗАНЬ, 3 мая. На форуме министр заявил: «Мы готовы инвестировать в новый завод в "
        "следующем году».",
    ],
)
def test_a_quote_at_an_event_stays(text):
    assert len(read(text).quotes) == 1


def test_a_sentence_told_to_a_forum_stays_a_quote():
    quotes = read(
        "KAZAN, 3 May. The minister told the forum “We will not wait any longer for the "
        "investors to come.”"
    ).quotes
    assert len(quotes) == 1
