"""Two texts in one sentence of two verbs of saying (session 27, drawB27).

Invented sentences: "The Minister announced that A will sign X, and recalled that Y with B
remains in force": the second verb opens a clause of its own, whose text has its own status
and date, and whose other side is the story's, not the side named in what the first clause
reports.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "The Government of Kenya signed three financing agreements on Monday.\n\nThe Minister "
        "also announced that the Kuwait Fund for Arab Economic Development will sign in 2027 a "
        "loan agreement for the Nairobi bypass highway, and recalled that the 2015 framework "
        "agreement with the Saudi Fund for Development remains in force.",
        "Le gouvernement du Kenya a signé lundi trois accords de financement.\n\nLe ministre a "
        "aussi annoncé que le Fonds koweïtien pour le développement économique arabe signera en "
        "2027 un accord de prêt pour l'autoroute de contournement de Nairobi, et a rappelé que "
        "l'accord-cadre de 2015 avec le Fonds saoudien de développement reste en vigueur.",
        "Правительство Кении подписало в понедельник три соглашения о финансировании.\n\n"
        "Министр также заявил, что Кувейтский фонд арабского экономического развития подпишет "
        "в 2027 году кредитное соглашение о строительстве автомагистрали, и напомнил, что "
        "рамочное соглашение 2015 года с Саудовским фондом развития остаётся в силе.",
    ],
)
def test_second_verb_of_saying_tells_its_own_text(text: str) -> None:
    agreements = {a.kind: a for a in read(text).agreements}
    loan, framework = agreements["agreement"], agreements["framework"]
    assert loan.status == "planned"
    assert sorted(loan.parties) == ["KEN", "KWT"]
    assert framework.status == "in_force"
    assert sorted(framework.parties) == ["KEN", "SAU"]
