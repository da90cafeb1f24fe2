"""What a speaker names in his own words does not act (session 28, drawD28).

Invented sentences. "We see Malaysia as a door to ASEAN, and ASEAN as ...", « la CEDEAO a
besoin de tels exemples », «Африканский союз — важный партнёр»: an organisation named twice
inside a quotation is what the speaker talks about, not a party that signs, meets, hosts or
supports in the story (SPEC: top-level parties act). The weighing of parties skips mentions
inside a quotation; the story's own sentences still tell who acts.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "parties", "spoken_of"),
    [
        (
            "KUALA LUMPUR: Malaysia and Indonesia signed a memorandum on energy on Monday. "
            '"We see Malaysia as a door to ASEAN, and ASEAN as one of the fastest-growing '
            'regions," the Indonesian minister said.',
            ["IDN", "MYS"],
            "ASEAN",
        ),
        (
            "DAKAR, 3 mai - Le Sénégal et la Gambie ont signé lundi un accord sur la pêche. "
            "« Nous voulons que la CEDEAO en tire les leçons, car la CEDEAO a besoin de tels "
            "exemples », a déclaré le ministre sénégalais.",
            ["GMB", "SEN"],
            "ECOWAS",
        ),
        (
            "МОСКВА, 3 мая. Россия и Египет подписали в понедельник меморандум о сотрудничестве "
            "в области энергетики. «Мы видим в Египте ворота в Африканский союз, а Африканский "
            "союз — важный партнёр», — сказал министр.",
            ["EGY", "RUS"],
            "AU",
        ),
    ],
)
def test_organisation_named_in_a_quotation_is_no_party(
    text: str, parties: list[str], spoken_of: str
) -> None:
    reading = read(text)
    assert spoken_of not in reading.parties
    assert sorted(reading.parties) == parties
