"""Texts of a meeting signed by companies and banks (session 29, drawE29).

- A second clause whose verb is left out, a hyphen standing for it and a programme or a
  roadmap as its object («…, а ОАО «X» и Министерство транспорта Y - программу модернизации
  …», "…, and X and the Ministry of Transport of Y - a roadmap for …"): its own two subjects
  sign that text, not the first clause's.
- A Spanish or Portuguese bank named by its own name ("Banco Andino de Fomento (BAFSA)") is a
  party of its own (SPEC: a company), by the short name that its words do not spell; a central
  or national bank, or one named by its state alone ("Banco Nacional de Angola"), is not one.
- Correspondent banking («соглашение о корреспондентских отношениях», "correspondent
  relations", "comptes correspondants") is economy (finance).
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Перу подписали три документа. Кроме того, компания «Северсталь» и перуанская "
        "компания PERUMIN подписали соглашение о поставках стали, а ОАО «Российские железные "
        "дороги» и Министерство транспорта Перу - программу модернизации железных дорог на "
        "2026-2028 годы.",
        "Russia and Peru signed three documents. Acme Steel Corporation and the Peruvian company "
        "Perumin signed an agreement on steel supplies, and Russian Railways and the Ministry of "
        "Transport of Peru - a roadmap for the modernisation of railways.",
    ],
)
def test_a_gapped_clause_signs_its_own_text(text):
    programmes = [a for a in _read(text).agreements if a.kind == "programme"]
    assert [sorted(a.parties) for a in programmes] == [["PER", "Russian Railways"]]


@pytest.mark.parametrize(
    "text",
    [
        "Газпромбанк и перуанский Banco Andino de Fomento (BAFSA) заключили соглашение о "
        "расширении сотрудничества.",
        "Gazprombank and Banco Andino de Fomento (BAFSA) signed a cooperation agreement.",
        "Gazprombank et Banco Andino de Fomento (BAFSA) ont signé un accord de coopération.",
    ],
)
def test_a_bank_by_its_own_name_signs(text):
    reading = _read(text)
    assert [sorted(a.parties) for a in reading.agreements] == [["BAFSA", "Gazprombank"]]
    assert "PER" not in reading.parties


@pytest.mark.parametrize(
    "text",
    [
        "Газпромбанк и компания Acme Andina заключили соглашение о корреспондентских отношениях.",
        "Gazprombank and Acme Andina signed an agreement on correspondent relations.",
        "Gazprombank et Acme Andina ont signé un accord sur l'ouverture de comptes correspondants.",
    ],
)
def test_correspondent_banking_is_economy(text):
    assert [a.sectors for a in _read(text).agreements] == [["economy"]]
