"""What a company is, said before its name, is not what its contract is about (session 22,
drawB22).

Language fact: a side is often described by its trade before its name ("la compagnie
pétrolière nationale du Nigeria NNPC", "the state oil company NNPC", «государственной нефтяной
компанией Cupet»): those words name the side, while the text's content is told by its
object ("pour la fourniture d'engrais", "for the supply of fertilisers", «на поставку
удобрений»). The description is left out when such an object names a domain; a contract
whose only domain word is its side's trade keeps it (guard).
Invented sentences in fr/en/ru.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Un contrat a été signé entre la société Yara et la compagnie pétrolière nationale du Nigeria NNPC pour la fourniture d'engrais en 2026.",
        "A contract was signed between the company Yara and the Nigerian state oil company NNPC for the supply of fertilisers in 2026.",
        "Отдельно был подписан контракт между компанией «ФосАгро» и кубинской государственной нефтяной компанией Cupet на поставку минеральных удобрений в 2026 году.",
    ],
)
def test_a_sides_trade_is_not_the_contracts_domain(text: str) -> None:
    reading = read("Contrat\n\n" + text, "news.txt")
    assert [a.sectors for a in reading.agreements] == [["agriculture"]]


@pytest.mark.parametrize(
    "text",
    [
        "Un contrat a été signé avec la compagnie pétrolière nationale NNPC.",
        "Уганда подписала контракт с государственной нефтяной компанией Kalibra.",
    ],
)
def test_a_contract_told_by_its_side_only_keeps_that_domain(text: str) -> None:
    reading = read("Contrat\n\n" + text, "news.txt")
    assert [a.sectors for a in reading.agreements] == [["energy"]]
