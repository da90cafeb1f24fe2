"""Texts like the one signed, with partners only counted (session 27, drawF27).

Invented sentences. "Rosatom has already signed similar documents with some twenty African
countries", "avec une vingtaine de pays africains", «с более чем 20 странами»: partners the
text counts but does not name identify no text (SPEC: agreements between named sides), as
"with several countries" already did not.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-05-05 Rosatom and Ghana's Ministry of Energy signed a memorandum on nuclear "
        "energy on Monday. Rosatom has already concluded similar documents with some twenty "
        "African countries.",
        "date 2026-05-05 Rosatom et le ministère ghanéen de l'Énergie ont signé lundi un "
        "mémorandum sur l'énergie nucléaire. Rosatom a déjà conclu des documents similaires "
        "avec une vingtaine de pays africains.",
        "date 2026-05-05 Росатом и Министерство энергетики Ганы подписали в понедельник "
        "меморандум о сотрудничестве в области атомной энергии. Росатом уже подписал "
        "аналогичные документы с более чем 20 странами Африки.",
    ],
)
def test_partners_only_counted_identify_no_text(text: str) -> None:
    assert len(read(text).agreements) == 1


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-05-05 Kenya signed agreements with two African countries: an agreement on "
        "trade with Ghana and a memorandum on health with Senegal.",
        "date 2026-05-05 Le Maroc a signé des accords avec deux pays africains : un accord sur "
        "le commerce avec le Ghana et un mémorandum sur la santé avec le Sénégal.",
    ],
)
def test_partners_counted_then_named_are_named(text: str) -> None:
    assert len(read(text).agreements) == 2
