"""Lenders named by the text's own short names, and the texts that fund one project.

- A short name the text gives in brackets after an organisation's name is that organisation
  throughout the text, even where the vocabularies give it to another: "la Banque asiatique
  de développement (BAD)" is the Asian bank, not the African one the French press's "BAD"
  more often means; "la Banque interaméricaine de développement (BID)" is not the IsDB.
- Texts counted for one purpose ("deux accords de financement destinés à remettre en état
  les périmètres irrigués"), then told one by one by ordinals, serve that purpose: each has
  its domain beside its own. Irrigation names water and agriculture in one word, so such a
  count is one purpose, not one text a sector.
- A co-financing ("Un cofinancement est encore attendu : un accord de prêt …") and a loan for
  an earlier phase of the works ("a financé, par un prêt … signé en 2019, la première phase
  des travaux") fund the project the story tells: they have its domains. A loan told with
  its participle ("un prêt de 35 millions de dollars signé en 2019") is a text.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "lender", "not_lender"),
    [
        (
            "Le gouvernement du Népal et la Banque asiatique de développement (BAD) ont signé "
            "jeudi à Katmandou un accord de prêt pour la route de Pokhara. La BAD financera "
            "aussi un pont.",
            "Asian Development Bank",
            "AfDB",
        ),
        (
            "Le gouvernement haïtien et la Banque interaméricaine de développement (BID) ont "
            "signé mardi un accord de prêt pour la route du Sud. La BID financera aussi un "
            "second tronçon.",
            "Inter-American Development Bank",
            "IsDB",
        ),
    ],
)
def test_a_short_name_the_text_gives_is_its_own(text: str, lender: str, not_lender: str):
    reading = read(text)
    assert lender in reading.parties
    assert not_lender not in reading.parties
    assert all(lender in a.parties for a in reading.agreements)


def test_the_short_name_in_the_title_is_the_texts():
    reading = read(
        "date 2026-03 Le Népal et la BAD signent un prêt pour la route - Le Courrier\n"
        "Le gouvernement du Népal et la Banque asiatique de développement (BAD) ont signé "
        "jeudi à Katmandou un accord de prêt pour la route de Pokhara."
    )
    assert "AfDB" not in reading.parties
    assert "Asian Development Bank" in reading.parties


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement du Népal et la Banque mondiale ont signé lundi deux accords de "
        "financement destinés à réhabiliter les périmètres irrigués du Teraï. Le premier est "
        "un accord de prêt de 50 millions de dollars, remboursable sur trente ans. Le second "
        "est un accord de don de 10 millions de dollars, qui servira à former les associations "
        "d'usagers.",
        "The government of Nepal and the World Bank on Monday signed two financing agreements "
        "to rehabilitate the irrigation schemes of the Terai. The first is a loan agreement of "
        "$50 million, repayable over thirty years. The second is a grant agreement of $10 "
        "million, which will train the users' associations.",
    ],
)
def test_texts_counted_for_one_purpose_each_serve_it(text: str):
    reading = read(text)
    assert len(reading.agreements) == 2
    for agreement in reading.agreements:
        assert {"water", "agriculture"} <= set(agreement.sectors), agreement


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement du Népal et la Banque mondiale ont signé lundi un accord de prêt pour "
        "la réhabilitation des périmètres irrigués du Teraï. Un cofinancement est encore "
        "attendu : un accord de prêt de 20 millions de dollars avec le Fonds koweïtien doit "
        "être signé d'ici la fin de l'année pour l'extension du réseau.",
        "The government of Nepal and the World Bank on Monday signed a loan agreement for the "
        "rehabilitation of the irrigation schemes of the Terai. Co-financing is still "
        "expected: a loan agreement of $20 million with the Kuwait Fund is to be signed by "
        "the end of the year for the extension of the network.",
    ],
)
def test_a_co_financing_funds_the_project_told(text: str):
    reading = read(text)
    planned = [a for a in reading.agreements if a.status == "planned"]
    assert len(planned) == 1
    assert set(planned[0].sectors) == {"water", "agriculture"}


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement du Népal et la Banque mondiale ont signé lundi un accord de don pour "
        "la réhabilitation des périmètres irrigués du Teraï. La banque avait déjà financé, par "
        "un prêt de 35 millions de dollars signé en 2019, la première phase des travaux.",
        "The government of Nepal and the World Bank on Monday signed a grant agreement for "
        "the rehabilitation of the irrigation schemes of the Terai. The bank had already "
        "funded, through a loan of $35 million signed in 2019, the first phase of the works.",
        "Правительство Непала и Всемирный банк подписали в понедельник соглашение о гранте на "
        "восстановление оросительных систем Тераи. Банк уже финансировал первый этап работ за "
        "счет кредита в 35 миллионов долларов, подписанного в 2019 году.",
    ],
)
def test_a_loan_for_an_earlier_phase_is_a_text_of_the_project(text: str):
    reading = read(text)
    assert len(reading.agreements) == 2
    older = [a for a in reading.agreements if a.date == "2019"]
    assert len(older) == 1
    assert set(older[0].sectors) == {"water", "agriculture"}
