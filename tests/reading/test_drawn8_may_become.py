"""A text named as what something may become ("the next step could be an agreement on ...",
«следующим шагом может стать соглашение о ...», "la prochaine étape pourrait être un accord
sur ...") is a possibility: no agreement is told (session 19, drawF19).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-06-12 Стороны подписали меморандум о сотрудничестве в области энергетики. "
        "По словам министра, следующим шагом может стать соглашение о создании совместного "
        "учебного центра.",
        "date 2025-06-12 The sides signed a memorandum on energy cooperation. According to the "
        "minister, the next step could be an agreement on a joint training centre.",
        "date 2025-06-12 Les parties ont signé un mémorandum sur l'énergie. Selon le ministre, "
        "la prochaine étape pourrait être un accord sur la création d'un centre de formation "
        "commun.",
    ],
)
def test_what_may_become_is_no_agreement(text: str) -> None:
    reading = read(text)
    assert [a.kind for a in reading.agreements] == ["memorandum"]


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-06-12 Министры Мали и Нигера подписали соглашение о создании совместного учебного центра, "
        "которое может стать образцом для соседей.",
        "date 2025-06-12 The outcome of the visit was an agreement on a joint training centre, "
        "signed by the two ministers.",
    ],
)
def test_what_became_is_still_read(text: str) -> None:
    assert len(read(text).agreements) == 1
