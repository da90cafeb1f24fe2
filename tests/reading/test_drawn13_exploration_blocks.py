"""Exploration on a licence block is oil and gas (drawA22).

A "block" explored, drilled or worked («геологоразведка на блоке X», "exploration on the X
block", "an offshore block", "le bloc pétrolier") is a licence area of an oil or gas field:
the text is energy's (SPEC: oil, gas), whatever mining the word "geological" adds. Invented
sentences in ru/en/fr; guards: geological exploration for gold stays mining.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Оман и Индия подписали соглашение о совместной геологоразведке на блоке Кызыл-Су.",
        "Oman and India signed an agreement on joint geological exploration on the Batin block.",
        "Oman and India signed a memorandum on drilling in the offshore block 52.",
        "Le Sénégal et la Mauritanie ont signé un accord sur l'exploration du bloc de Kayar.",
    ],
)
def test_a_block_explored_is_energy(text: str) -> None:
    (agreement,) = read(text).agreements
    assert "energy" in agreement.sectors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Ghana and Togo signed a memorandum on geological exploration for gold.", ["mining"]),
        ("Гана и Того подписали меморандум о геологоразведке золота.", ["mining"]),
    ],
)
def test_exploration_without_a_block(text: str, sectors: list[str]) -> None:
    assert [a.sectors for a in read(text).agreements] == [sectors]
