"""A body that agrees to meet again tells its next session (SPEC: sessions held or planned):
"The Commission agreed to reconvene in Nairobi in January 2027", «Комиссия договорилась вновь
собраться в Бамако в январе 2027 года», "La commission a convenu de se réunir à nouveau à
Banjul en janvier 2027". The meeting agreed on is dated in the clause after the verb, as for
"will meet". A body that only agrees on a text meets nowhere (guard). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "ADDIS ABABA - The Joint Commission between Ethiopia and Kenya met in Addis Ababa on 3 "
        "March 2026. The Commission agreed to reconvene in Nairobi in January 2027.",
        "ADDIS ABABA - The Joint Commission between Ethiopia and Kenya met in Addis Ababa on 3 "
        "March 2026. The Commission decided to meet again in Nairobi in January 2027.",
        "МОСКВА - Межправительственная комиссия России и Мали провела заседание в Москве 3 марта "
        "2026 года. Комиссия договорилась вновь собраться в Бамако в январе 2027 года.",
        "DAKAR - La commission mixte entre le Sénégal et la Gambie s'est tenue à Dakar le 3 mars "
        "2026. La commission a convenu de se réunir à nouveau à Banjul en janvier 2027.",
    ],
)
def test_the_meeting_agreed_on_is_a_session(text):
    starts = {s.start for s in read(text).sessions}
    assert "2027-01" in starts


def test_agreeing_on_a_text_is_no_meeting():
    reading = read(
        "ADDIS ABABA - The Joint Commission between Ethiopia and Kenya met in Addis Ababa on 3 "
        "March 2026. The Commission agreed to sign a trade protocol in January 2027."
    )
    assert "2027-01" not in {s.start for s in reading.sessions}
