"""An older text recalled, then a new one on the same subject planned: «Стороны напомнили о
соглашении о взаимной защите инвестиций, подписанном в 1995 году … Проект нового соглашения
о поощрении и взаимной защите инвестиций планируется подписать в 2027 году». Two texts. In
Russian, which has no article, the new one was read as the old one named again (a repeat)
and the old one, an item of a one-domain list, was dropped as a summary the new one
detailed. A text called new («нового», «новый») is never a text named before; a text dated
before the event sums up none of the event's texts. English and French said so with their
articles already (guards). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "МИНСК, 22 июля. Беларусь и Иран подписали меморандум о торговле. Стороны также "
        "напомнили о соглашении о взаимной защите инвестиций, подписанном в 1995 году, и "
        "договорились обновить его. Проект нового соглашения о поощрении и взаимной защите "
        "инвестиций планируется подписать в 2027 году.",
        "MINSK, 22 July. Belarus and Iran signed a memorandum on trade. The sides also "
        "recalled the agreement on the mutual protection of investments signed in 1995 and "
        "agreed to update it. A new agreement on the promotion and protection of investments "
        "will be signed next year.",
        "MINSK, 22 juillet. Le Bélarus et l'Iran ont signé un mémorandum sur le commerce. Les "
        "parties ont aussi rappelé l'accord sur la protection des investissements signé en "
        "1995 et sont convenues de le mettre à jour. Un nouvel accord sur la promotion et la "
        "protection des investissements sera signé l'an prochain.",
    ],
)
def test_the_old_text_and_the_new_one(text):
    economy = [a for a in read(text).agreements if a.sectors == ["economy"]]
    assert "1995" in [a.date for a in economy]
    assert len(economy) == 2


def test_the_text_signed_named_again_is_one():
    agreements = read(
        "МИНСК, 22 июля. Беларусь и Иран подписали соглашение о торговле. Соглашение о "
        "торговле вступит в силу в январе."
    ).agreements
    assert len(agreements) == 1
