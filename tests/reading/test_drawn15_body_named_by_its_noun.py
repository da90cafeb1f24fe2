"""A body referred to by a word of its own name after a demonstrative takes the cadence the
sentence states: "le mécanisme de consultations politiques Sénégal-Mali ... Ces
consultations se tiendront désormais chaque année" (12), "These consultations will now be
held every year", «Эти консультации теперь будут проводиться ежегодно». Only "it", "elle",
«она» referred back so far. A demonstrative of something else ("Ces élections") says
nothing of the body. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Les deux ministres sont convenus de réactiver le mécanisme de consultations "
        "politiques Sénégal-Mali, en sommeil depuis 2019. Ces consultations se tiendront "
        "désormais chaque année, alternativement dans les deux capitales.",
        "The two ministers agreed to revive the Ghana-Togo political consultations mechanism, "
        "dormant since 2019. These consultations will now be held every year, alternately in "
        "the two capitals.",
        "Министры договорились возобновить механизм политических консультаций между Арменией "
        "и Беларусью, не действовавший с 2019 года. Эти консультации теперь будут проводиться "
        "ежегодно, поочерёдно в двух столицах.",
    ],
)
def test_the_body_named_by_its_noun_meets_yearly(text: str) -> None:
    (body,) = read(text).bodies
    assert body.cadence_months == 12


def test_a_demonstrative_of_something_else_says_nothing() -> None:
    text = (
        "Le Sénégal et le Mali ont installé un comité mixte de suivi des accords. Ces "
        "élections se tiendront tous les cinq ans, a rappelé le ministre."
    )
    (body,) = read(text).bodies
    assert body.cadence_months is None
