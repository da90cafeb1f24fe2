"""Two states' bank supervisors' standing college is a joint body (session 20, drawA20).

Invented sentences. A memorandum between central banks often sets up a "collège de
superviseurs" (Basel's "supervisory college", «коллегия надзорных органов») that meets on a
cadence: a standing body of the two sides, which the body vocabulary did not know.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "cadence"),
    [
        (
            "date 2025-03-04 La Banque centrale de Tunisie et la Banque d'Algérie ont signé "
            "lundi un mémorandum d'entente sur la supervision bancaire. Il prévoit la création "
            "d'un collège de superviseurs qui se réunira deux fois par an.",
            6,
        ),
        (
            "date 2025-03-04 The central banks of Kenya and Uganda signed a memorandum of "
            "understanding on banking supervision on Monday. It sets up a supervisory college "
            "that will meet once a year.",
            12,
        ),
        (
            "date 2025-03-04 Центральные банки России и Белоруссии подписали меморандум о "
            "банковском надзоре. Он предусматривает создание коллегии надзорных органов, "
            "которая будет собираться раз в год.",
            12,
        ),
    ],
)
def test_a_college_of_supervisors_is_a_joint_body(text: str, cadence: int) -> None:
    reading = read(text)
    (body,) = reading.bodies
    assert set(body.parties) == set(reading.agreements[0].parties)
    assert body.cadence_months == cadence
