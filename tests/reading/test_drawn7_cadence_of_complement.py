"""A body named as the complement of another's name lends it no cadence (drawA19).

"le comité de suivi de la Grande commission mixte, qui se réunira tous les six mois", "the
steering committee of the Joint Commission, which will now meet every six months",
«подкомитет Межправительственной комиссии, который будет собираться раз в полгода»: the
relative clause speaks of the committee; the commission named after it keeps no cadence.
Sentences invented for the tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "L'Algérie et la Mauritanie ont tenu à Nouakchott la 21e session de la Grande commission "
        "mixte de coopération algéro-mauritanienne. Les deux parties ont convenu de redynamiser "
        "le comité de suivi de la Grande commission mixte, qui se réunira désormais tous les six "
        "mois.",
        "Kenya and Uganda held the 8th session of the Kenya-Uganda Joint Permanent Commission in "
        "Kampala. The two sides agreed to revive the steering committee of the Joint Commission, "
        "which will now meet every six months.",
        "Казахстан и Узбекистан провели в Ташкенте 8-е заседание Межправительственной комиссии "
        "по сотрудничеству. Стороны договорились возобновить работу подкомитета "
        "Межправительственной комиссии, который будет собираться раз в полгода.",
    ],
)
def test_commission_named_after_a_committee_keeps_no_cadence(text: str) -> None:
    commissions = [b for b in read(text).bodies if "ommission" in b.name or "омисс" in b.name]
    assert commissions
    assert all(b.cadence_months is None for b in commissions)
