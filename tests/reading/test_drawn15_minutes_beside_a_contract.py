"""The minutes signed in a first clause, a contract of two companies in the next: «был
подписан протокол 5-го заседания комиссии, а ОАО «БелАЗ» и иранская компания Saipa
заключили контракт», "the minutes were signed, while BELAZ and Saipa concluded a contract",
"le procès-verbal a été signé, tandis que BELAZ et Saipa ont conclu un contrat". The first
clause names no side, and the minutes took the whole sentence's, the companies of the
second. A first clause that names nobody is the story's (SPEC: the minutes have the
session's parties). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "МИНСК, 22 июля. Беларусь и Иран провели 5-е заседание совместной комиссии. Кроме "
        "того, был подписан протокол 5-го заседания комиссии, а ОАО «БелАЗ» и иранская "
        "компания Saipa заключили контракт на поставку 50 самосвалов.",
        "MINSK, 22 July. Belarus and Iran held the 5th session of their joint commission. The "
        "minutes of the 5th session were signed, while BELAZ and the Iranian company Saipa "
        "concluded a contract for 50 dump trucks.",
        "MINSK, 22 juillet. Le Bélarus et l'Iran ont tenu la 5e session de leur commission "
        "mixte. Le procès-verbal de la 5e session a été signé, tandis que BELAZ et la société "
        "iranienne Saipa ont conclu un contrat pour 50 camions.",
    ],
)
def test_the_minutes_are_the_story_s_the_contract_the_companies(text):
    sides = sorted(sorted(a.parties) for a in read(text).agreements)
    assert sides == [["BELAZ", "Saipa"], ["BLR", "IRN"]]
