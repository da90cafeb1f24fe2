""" "N other texts" counts beside the texts the sentence named before it (session 20, drawA20).

Invented sentences. "Ont signé le procès-verbal, ainsi que deux autres textes" says three
texts were signed (SPEC: `agreements_total`), not two; so do "an agreement on trade and two
other agreements" and «протокол заседания, а также два других документа». A count of "other"
texts with none named before it stays as it is.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "date 2025-03-04 Les deux ministres ont signé le procès-verbal de la session, ainsi "
            "que deux autres textes : un accord sur la pêche et un mémorandum sur la santé.",
            3,
        ),
        (
            "date 2025-03-04 The ministers signed an agreement on trade and two other "
            "agreements, on fisheries and on health.",
            3,
        ),
        (
            "date 2025-03-04 Министры подписали протокол заседания, а также два других "
            "документа: соглашение о рыболовстве и меморандум о здравоохранении.",
            3,
        ),
        (
            "date 2025-03-04 Les deux pays ont signé deux autres accords lundi, sur la santé et "
            "la pêche.",
            2,
        ),
    ],
)
def test_other_texts_add_to_those_named(text: str, total: int) -> None:
    assert read(text).agreements_total == total
