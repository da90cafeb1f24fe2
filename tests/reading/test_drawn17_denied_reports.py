"""A text only reported, its report then denied in its sentence, is no agreement (SPEC lists
the agreements a text identifies, not rumours it refutes): "reports of a secret agreement …,
which the minister denied", "des informations faisant état d'un accord secret …, le ministre
a démenti", «сообщения о секретном соглашении … министр опроверг». A report not denied stays
(guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "KINSHASA - Asked about reports of a secret agreement ceding two oil blocks to the "
        "Angolan firm Sonangol, the minister denied them: no such text was ever negotiated.",
        "KINSHASA - Interrogé sur des informations faisant état d'un accord secret cédant deux "
        "blocs pétroliers à la compagnie angolaise Sonangol, le ministre a démenti : aucun texte "
        "n'a été négocié.",
        "КИНШАСА - Отвечая на сообщения о секретном соглашении о передаче двух нефтяных блоков "
        "ангольской компании Sonangol, министр опроверг их.",
    ],
)
def test_a_denied_report_is_no_agreement(text):
    assert read(text).agreements == []


def test_a_report_not_denied_stays():
    reading = read(
        "KINSHASA - According to reports of a secret agreement signed on Monday, Congo ceded two "
        "oil blocks to the Angolan firm Sonangol."
    )
    assert reading.agreements
