"""A text that implements another is one text, and what a text governs is its content
(session 20, drawA20).

Invented sentences. "Le protocole d'application de l'accord de pêche" is one protocol whose
domain is fishing, not an empty protocol beside a second agreement; "the committee that
follows up the agreement" names a body, not a new text; "the gas project, governed by the
agreement signed in 2016" says what the agreement is about.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def test_an_implementing_protocol_is_one_text_with_its_domain() -> None:
    text = (
        "date 2025-03-04 Le Niger et le Tchad ont signé le protocole d'application de l'accord "
        "de pêche pour l'année 2025. Le comité technique de suivi de l'accord de pêche se "
        "réunira deux fois par an."
    )
    (agreement,) = read(text).agreements
    assert agreement.kind == "protocol"
    assert agreement.sectors == ["agriculture"]


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-03-04 Les deux ministres ont salué l'avancement du projet pétrolier de "
        "Kaïrouane, régi par l'accord de coopération intergouvernemental signé en 2016 entre "
        "le Niger et le Bénin.",
        "date 2025-03-04 The ministers welcomed progress on the offshore gas project, governed "
        "by the intergovernmental cooperation agreement signed in 2016 between Ghana and Togo.",
    ],
)
def test_what_an_agreement_governs_is_its_domain(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["energy"]
