"""An amending protocol is about what the text it amends is about (SPEC: sectors), told from
the amended text's own words: "a Protocol amending the Agreement on Road Transport between the
two governments", "un protocole portant modification de l'accord sur le transport routier
entre les deux gouvernements" (the field was looked for only after the first words of the
amended title, past "Road Transport"). The amended text stays an agreement of its own, as
before. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "HANOI - Vietnam and Cambodia signed a Protocol amending the Agreement on Road "
        "Transport between the two governments on Monday.",
        "DAKAR - Le Sénégal et la Gambie ont signé lundi un protocole portant modification de "
        "l'accord sur le transport routier entre les deux gouvernements.",
    ],
)
def test_the_protocol_takes_the_amended_field(text):
    reading = read(text)
    protocols = [a for a in reading.agreements if a.kind == "protocol"]
    assert [p.sectors for p in protocols] == [["transport"]]
    assert any(a.kind == "agreement" and a.sectors == ["transport"] for a in reading.agreements)


def test_russian_title_already_told_its_field():
    reading = read(
        "МОСКВА - Россия и Белоруссия подписали в понедельник протокол о внесении изменений в "
        "соглашение об автомобильном транспорте между двумя правительствами."
    )
    assert [a.sectors for a in reading.agreements if a.kind == "protocol"] == [["transport"]]
