"""Two signings coordinated in one sentence, each with its own subject (drawC30).

Invented sentences: "X's Investment Authority and Y's Promotion Agency signed a memorandum on
investment, and the Tourism Board of X and the Tourism Authority of Y signed a joint action
plan": the memorandum's words end at the second clause, however long its subject
(`agreements._SCOPE_END`), and the bare action plan is in the domain of the agencies that are
the subject of its own clause (`agreements._OWN_SIGNING_CLAUSE`, `_portfolios`).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenya Investment Authority and Uganda's Investment Promotion Agency signed a "
            "memorandum on the exchange of information on investment opportunities, and the "
            "Kenya Tourism Board and the Uganda Tourism Authority signed a joint action plan for "
            "2026-2027.",
            [["economy"], ["culture"]],
        ),
        (
            "L'Agence de promotion des investissements du Sénégal et son homologue mauritanienne "
            "ont signé un mémorandum sur l'investissement, et le ministère sénégalais de la "
            "Santé et le ministère mauritanien de la Santé ont signé un plan d'action.",
            [["economy"], ["health"]],
        ),
    ],
)
def test_each_coordinated_signing_reads_its_own_domain(text: str, expected) -> None:
    assert [a.sectors for a in read(text).agreements] == expected


def test_a_single_signing_of_two_texts_keeps_its_reading() -> None:
    """Guard (passes on the start code too): one subject signs both texts."""
    agreements = read(
        "Kenya's Ministry of Health and Uganda's Ministry of Health signed a memorandum on "
        "malaria and an agreement on hospitals."
    ).agreements
    assert [a.sectors for a in agreements] == [["health"], ["health"]]
