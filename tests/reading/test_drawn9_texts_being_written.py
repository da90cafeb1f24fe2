"""A text the sides will work on is not yet a text (session 20, drawA20).

Invented sentences. "Les ministres travailleront à une feuille de route", "will work on a
roadmap", «будут работать над дорожной картой» tell a task, as "une feuille de route sera
élaborée" does; another kind of text being worked on is planned (SPEC), not signed.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-03-04 Le Togo et le Ghana ont signé lundi un accord sur l'énergie. Les deux "
        "ministres travailleront en 2026 à une feuille de route sur le commerce entre les deux "
        "pays.",
        "date 2025-03-04 Kenya and Ethiopia signed an energy agreement on Monday. The two "
        "ministries will work on a roadmap for trade next year.",
        "date 2025-03-04 Россия и Египет подписали соглашение об энергетике. Министерства будут "
        "работать над дорожной картой в области торговли.",
    ],
)
def test_a_roadmap_to_work_on_is_no_text(text: str) -> None:
    (agreement,) = read(text).agreements
    assert agreement.sectors == ["energy"]


def test_an_agreement_being_worked_on_is_planned() -> None:
    text = (
        "date 2025-03-04 Le Togo et le Ghana ont signé lundi un accord sur l'énergie. Les deux "
        "ministres travaillent sur un accord de pêche."
    )
    statuses = {a.sectors[0]: a.status for a in read(text).agreements}
    assert statuses == {"energy": "signed", "agriculture": "planned"}
