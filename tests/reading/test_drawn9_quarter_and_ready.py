"""A body that meets once a quarter, a text ready for signature (drawB20, ninth draw).

Invented sentences: "The commission meets roughly once a quarter" is a three-month cadence,
as "quarterly" is; "an agreement ... will be ready for signature", "awaits signing" (and their French
and Russian shapes) is still to be signed: planned.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission still meets roughly once a quarter and sets the quotas.",
        "The commission meets once every quarter to review the quotas.",
    ],
)
def test_once_a_quarter_is_three_months(sentence: str) -> None:
    reading = read(
        "Ghana and Togo set up the Joint Water Commission in 2019 to share the Volta's water. "
        + sentence
    )
    assert [b.cadence_months for b in reading.bodies] == [3]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda said an agreement on the railway is ready for signature.",
        "Accra and Lome say a fisheries agreement between Ghana and Togo will be ready for "
        "signing before the end of the year.",
        "Казахстан и Узбекистан сообщили, что соглашение о водных ресурсах готово к подписанию.",
        "Kenya and Uganda said the text of an agreement on the railway has been finalised and "
        "awaits signing.",
        "Le Kenya et l'Ouganda ont indiqué qu'un accord ferroviaire est en attente de signature.",
        "Кения и Уганда сообщили, что соглашение о железной дороге ожидает подписания.",
    ],
)
def test_a_text_ready_for_signature_is_planned(text: str) -> None:
    reading = read(text)
    assert [a.status for a in reading.agreements] == ["planned"]
